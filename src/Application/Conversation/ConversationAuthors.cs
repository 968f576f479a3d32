using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation;

/// <summary>The signed-in person as the author of a message or an upload.</summary>
public static class ConversationAuthors
{
    public static async Task<MessageAuthor> AuthorAsync(this CurrentActor actor, CancellationToken cancellationToken)
    {
        if (actor.IsCustomer)
        {
            var customer = await actor.GetCustomerAsync(cancellationToken);
            return MessageAuthor.Customer(customer.Id, customer.FullName, actor.UserId);
        }

        if (actor.IsAgent)
        {
            var agent = await actor.GetAgentAsync(cancellationToken);
            return MessageAuthor.Agent(agent.Id, agent.FullName, actor.UserId);
        }

        // A manager signs as the role, never with their email (see CurrentActor.HistoryLabel).
        return actor.IsManager
            ? MessageAuthor.Manager(Roles.Manager, actor.UserId)
            : throw new ForbiddenAccessException("Only the ticket's customer and the desk's staff write to a ticket.");
    }

    /// <summary>The attachments named by <paramref name="ids"/>, tracked; any missing one refuses the request.</summary>
    public static async Task<List<Attachment>> LoadAttachmentsAsync(this IApplicationDbContext db, IReadOnlyCollection<Guid>? ids,
        CancellationToken cancellationToken)
    {
        if (ids is null || ids.Count == 0)
        {
            return [];
        }

        var found = await db.Attachments.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        return found.Count == ids.Distinct().Count() ? found : throw new AttachmentNotAvailableException();
    }
}
