namespace SupportDesk.Application.Common.Security;

public static class Roles
{
    public const string Customer = nameof(Customer);
    public const string Agent = nameof(Agent);
    public const string Manager = nameof(Manager);
    public const string Integration = nameof(Integration);

    public static readonly IReadOnlyList<string> All = [Customer, Agent, Manager, Integration];
}
