namespace SupportDesk.Domain.Tickets;

/// <summary>The person writing to a ticket or attaching a file to it, as the use case established them: their role,
/// the name shown with the message, the account that signed in, and for an agent the agent's id (rule 4: only the
/// holder writes).</summary>
public sealed record MessageAuthor(MessageAuthorRole Role, string Name, string AccountId, Guid? AgentId = null, Guid? CustomerId = null)
{
    public static MessageAuthor Customer(Guid customerId, string name, string accountId) =>
        new(MessageAuthorRole.Customer, name, accountId, CustomerId: customerId);

    public static MessageAuthor Agent(Guid agentId, string name, string accountId) =>
        new(MessageAuthorRole.Agent, name, accountId, AgentId: agentId);

    public static MessageAuthor Manager(string name, string accountId) => new(MessageAuthorRole.Manager, name, accountId);
}
