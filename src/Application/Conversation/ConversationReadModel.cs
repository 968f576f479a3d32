using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation;

/// <summary>The one place that turns messages and attachments into read models, for the conversation queries and
/// the commands answering with what they wrote. A reader who does not see internal notes never gets one, nor the
/// files shown with one, and reads an agent's first name only.</summary>
public static class ConversationReadModel
{
    /// <summary>The ticket's messages, oldest first; internal notes only for <paramref name="withInternal"/>.</summary>
    public static async Task<List<MessageDto>> MessagesAsync(IApplicationDbContext db, Guid ticketId, bool withInternal,
        CancellationToken cancellationToken, Guid? onlyMessageId = null)
    {
        var query = db.TicketMessages.AsNoTracking().Where(m => m.TicketId == ticketId);
        if (!withInternal)
        {
            query = query.Where(m => !m.Internal);
        }

        if (onlyMessageId is { } id)
        {
            query = query.Where(m => m.Id == id);
        }

        var messages = await query.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var files = (await db.Attachments.AsNoTracking()
                .Where(a => a.TicketId == ticketId && a.MessageId != null)
                .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.MessageId);
        return messages.Select(m => ToDto(m, files[m.Id], withInternal)).ToList();
    }

    /// <summary>The files on the ticket itself (given when opening it, or without a message), oldest first.</summary>
    public static async Task<List<AttachmentDto>> TicketAttachmentsAsync(IApplicationDbContext db, Guid ticketId,
        CancellationToken cancellationToken) =>
        (await db.Attachments.AsNoTracking()
            .Where(a => a.TicketId == ticketId && a.MessageId == null)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken))
        .Select(ToDto).ToList();

    public static AttachmentDto ToDto(Attachment attachment) => new()
    {
        Id = attachment.Id,
        FileName = attachment.FileName,
        ContentType = attachment.ContentType,
        Size = attachment.Size,
    };

    private static MessageDto ToDto(TicketMessage message, IEnumerable<Attachment> files, bool staffReader) => new()
    {
        Id = message.Id,
        TicketId = message.TicketId,
        Author = new MessageAuthorDto
        {
            Role = message.AuthorRole,
            Name = staffReader || message.AuthorRole == MessageAuthorRole.Customer ? message.AuthorName : FirstName(message.AuthorName),
        },
        Body = message.Body,
        Internal = message.Internal,
        CreatedAt = message.CreatedAt,
        Attachments = files.Select(ToDto).ToList(),
    };

    /// <summary>How a customer knows the staff: by first name, the way help desks sign their replies.</summary>
    private static string FirstName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? name[..space] : name;
    }
}
