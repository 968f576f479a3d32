using SupportDesk.Application.Tickets;

namespace SupportDesk.Application.Conversation.Queries.GetMessages;

/// <summary>A ticket's conversation, oldest first, for whoever may read the ticket. Internal notes only for agents
/// and managers; another customer's ticket is not found.</summary>
[Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
public sealed record GetMessagesQuery(Guid TicketId) : IRequest<MessageList>;

public sealed class GetMessagesHandler(IApplicationDbContext db, CurrentActor actor) : IRequestHandler<GetMessagesQuery, MessageList>
{
    public async Task<MessageList> Handle(GetMessagesQuery request, CancellationToken cancellationToken)
    {
        var tickets = await db.Tickets.ReadableByAsync(actor, cancellationToken);
        if (!await tickets.AnyAsync(t => t.Id == request.TicketId, cancellationToken))
        {
            throw new NotFoundException("Ticket", request.TicketId);
        }

        return new MessageList(await ConversationReadModel.MessagesAsync(db, request.TicketId, actor.SeesInternalNotes(), cancellationToken));
    }
}
