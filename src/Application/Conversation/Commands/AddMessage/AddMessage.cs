using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Tickets;

namespace SupportDesk.Application.Conversation.Commands.AddMessage;

/// <summary>A message to the ticket's conversation, or an internal note. The customer and the agent holding the
/// ticket write to each other; a manager adds internal notes only; a customer never writes one. A resolved ticket
/// takes no more messages (409). Files the author uploaded are shown with it.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Body">The text, 1 to 4000 characters.</param>
/// <param name="Internal">True for a note between staff, which the customer never sees.</param>
/// <param name="AttachmentIds">Files the author uploaded and that no message shows yet.</param>
[Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager}")]
public sealed record AddMessageCommand(Guid TicketId, string Body, bool Internal = false, IReadOnlyList<Guid>? AttachmentIds = null)
    : IRequest<MessageDto>;

public sealed class AddMessageHandler(IApplicationDbContext db, CurrentActor actor, ITicketLocks locks, TimeProvider clock)
    : IRequestHandler<AddMessageCommand, MessageDto>
{
    public async Task<MessageDto> Handle(AddMessageCommand request, CancellationToken cancellationToken)
    {
        var author = await actor.AuthorAsync(cancellationToken);
        var tickets = await db.Tickets.ReadableByAsync(actor, cancellationToken);
        var message = await ConversationWrites.RetryOnChangeAsync(db, locks, request.TicketId, async () =>
        {
            var ticket = await tickets.SingleOrDefaultAsync(t => t.Id == request.TicketId, cancellationToken)
                ?? throw new NotFoundException("Ticket", request.TicketId);
            var attachments = await db.LoadAttachmentsAsync(request.AttachmentIds, cancellationToken);
            var message = ticket.AddMessage(author, request.Body, request.Internal, attachments, StoredTime.Now(clock));
            db.TicketMessages.Add(message);
            return (ticket, message);
        }, cancellationToken);

        var written = await ConversationReadModel.MessagesAsync(db, request.TicketId, actor.SeesInternalNotes(), cancellationToken, message.Id);
        return written.Single();
    }
}
