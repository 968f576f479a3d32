using SupportDesk.Application.Tickets;

namespace SupportDesk.Application.Conversation.Commands.AttachToTicket;

/// <summary>A file straight onto a ticket, by its customer or the agent holding it, while it is not resolved; at
/// most <see cref="Domain.Tickets.AttachmentRules.MaxPerTicket"/> per ticket (409 for the next). It can then be
/// shown with a message by naming it in <c>attachmentIds</c>.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="FileName">The name the client gave; the stored name takes the extension of the real content.</param>
/// <param name="Content">The file's bytes.</param>
[Authorize(Roles = $"{Roles.Customer},{Roles.Agent}")]
public sealed record AttachToTicketCommand(Guid TicketId, string? FileName, Stream Content) : IRequest<AttachmentDto>;

public sealed class AttachToTicketHandler(IApplicationDbContext db, CurrentActor actor, ITicketLocks locks, IAttachmentStore store,
    TimeProvider clock)
    : IRequestHandler<AttachToTicketCommand, AttachmentDto>
{
    public async Task<AttachmentDto> Handle(AttachToTicketCommand request, CancellationToken cancellationToken)
    {
        var author = await actor.AuthorAsync(cancellationToken);
        var tickets = await db.Tickets.ReadableByAsync(actor, cancellationToken);
        if (!await tickets.AnyAsync(t => t.Id == request.TicketId, cancellationToken))
        {
            throw new NotFoundException("Ticket", request.TicketId);
        }

        var (upload, content) = await AttachmentUpload.ReadAsync(request.Content, request.FileName, author.AccountId, clock, cancellationToken);
        var attachment = await ConversationWrites.RetryOnChangeAsync(db, locks, request.TicketId, async () =>
        {
            var ticket = await tickets.SingleAsync(t => t.Id == request.TicketId, cancellationToken);
            var attachment = upload.Copy();
            ticket.Attach(author, [attachment]);
            db.Attachments.Add(attachment);
            await store.PutAsync(attachment.Id, content, cancellationToken);
            return (ticket, attachment);
        }, cancellationToken);
        return ConversationReadModel.ToDto(attachment);
    }
}
