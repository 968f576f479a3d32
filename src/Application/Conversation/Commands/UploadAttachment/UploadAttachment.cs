using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation.Commands.UploadAttachment;

/// <summary>A customer uploads a file before opening the ticket it is for; <c>attachmentIds</c> on the new ticket
/// binds it. Unbound uploads are deleted after a day, and a customer holds at most
/// <see cref="UploadAttachmentHandler.MaxUnbound"/> of them at a time.</summary>
/// <param name="FileName">The name the client gave; the stored name takes the extension of the real content.</param>
/// <param name="Content">The file's bytes.</param>
[Authorize(Roles = Roles.Customer)]
public sealed record UploadAttachmentCommand(string? FileName, Stream Content) : IRequest<AttachmentDto>;

public sealed class UploadAttachmentHandler(IApplicationDbContext db, CurrentActor actor, IAttachmentStore store, TimeProvider clock)
    : IRequestHandler<UploadAttachmentCommand, AttachmentDto>
{
    /// <summary>Two tickets' worth: enough to prepare a ticket, not a free file store.</summary>
    public const int MaxUnbound = 2 * AttachmentRules.MaxPerTicket;

    public async Task<AttachmentDto> Handle(UploadAttachmentCommand request, CancellationToken cancellationToken)
    {
        await actor.GetCustomerIdAsync(cancellationToken);
        var accountId = actor.UserId;
        var waiting = await db.Attachments.CountAsync(a => a.UploadedBy == accountId && a.TicketId == null, cancellationToken);
        if (waiting >= MaxUnbound)
        {
            throw Conflicts.TooManyUploadsWaiting();
        }

        var (attachment, content) = await AttachmentUpload.ReadAsync(request.Content, request.FileName, accountId, clock, cancellationToken);
        db.Attachments.Add(attachment);
        await store.PutAsync(attachment.Id, content, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ConversationReadModel.ToDto(attachment);
    }
}
