using SupportDesk.Application.Tickets;

namespace SupportDesk.Application.Conversation.Queries.GetAttachment;

/// <summary>A file of a ticket, for whoever may read the ticket; a file shown with an internal note only for the
/// staff. Anything else is not found, exactly like a missing file.</summary>
[Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
public sealed record GetAttachmentQuery(Guid TicketId, Guid AttachmentId) : IRequest<AttachmentFile>;

public sealed class GetAttachmentHandler(IApplicationDbContext db, CurrentActor actor, IAttachmentStore store)
    : IRequestHandler<GetAttachmentQuery, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(GetAttachmentQuery request, CancellationToken cancellationToken)
    {
        var tickets = await db.Tickets.ReadableByAsync(actor, cancellationToken);
        var staff = actor.SeesInternalNotes();
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == request.AttachmentId && a.TicketId == request.TicketId)
            .Where(a => tickets.Any(t => t.Id == a.TicketId))
            .Where(a => staff || a.MessageId == null || db.TicketMessages.Any(m => m.Id == a.MessageId && !m.Internal))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Attachment", request.AttachmentId);
        var content = await store.OpenReadAsync(attachment.Id, cancellationToken)
            ?? throw new NotFoundException("Attachment", request.AttachmentId);
        return new AttachmentFile(attachment.FileName, attachment.ContentType, attachment.Size, content);
    }
}
