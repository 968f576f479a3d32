namespace SupportDesk.Domain.Tickets;

/// <summary>
/// A file given as evidence: uploaded on its own by a customer before the ticket exists (unbound until a ticket
/// names it), or straight onto a ticket, and then possibly shown with a message. Its bytes live in an attachment
/// store; this is what the desk knows of it. The type is the one its content shows, never the declared one.
/// </summary>
public sealed class Attachment : Entity
{
    private Attachment()
    {
        FileName = null!;
        ContentType = null!;
        UploadedBy = null!;
    }

    private Attachment(string uploadedBy, string fileName, string contentType, long size, DateTime now)
    {
        UploadedBy = uploadedBy;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        CreatedAt = now;
    }

    /// <summary>The ticket it belongs to, or null while an upload waits for its ticket.</summary>
    public Guid? TicketId { get; private set; }

    /// <summary>The message it is shown with, or null when it belongs to the ticket itself.</summary>
    public Guid? MessageId { get; private set; }

    /// <summary>The account that uploaded it: only that account may bind it to a ticket or a message.</summary>
    public string UploadedBy { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Checks an upload: <paramref name="head"/> is the content's first bytes (at least
    /// <see cref="AttachmentRules.SniffLength"/> when the file is that long), <paramref name="size"/> its length.</summary>
    public static Attachment Upload(string uploadedBy, string? fileName, ReadOnlySpan<byte> head, long size, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uploadedBy);
        Guard.Utc(now);
        if (size > AttachmentRules.MaxBytes)
        {
            throw new AttachmentTooLargeException();
        }

        var contentType = size == 0 ? null : AttachmentRules.Detect(head);
        if (contentType is null)
        {
            throw new UnsupportedAttachmentTypeException();
        }

        return new Attachment(uploadedBy, AttachmentRules.FileNameFor(fileName, contentType), contentType, size, now);
    }

    /// <summary>The same checked upload as a new, unsaved attachment (for a use case trying its save again).</summary>
    public Attachment Copy() => new(UploadedBy, FileName, ContentType, Size, CreatedAt);

    /// <summary>Whether <paramref name="accountId"/> may still put this upload on a ticket or a message of
    /// <paramref name="ticketId"/>: its own, unbound or already on that ticket, and on no message yet.</summary>
    public bool IsAvailableTo(string accountId, Guid ticketId) =>
        UploadedBy == accountId && MessageId is null && (TicketId is null || TicketId == ticketId);

    internal void BindTo(Guid ticketId) => TicketId = ticketId;

    internal void ShowWith(Guid ticketId, Guid messageId)
    {
        TicketId = ticketId;
        MessageId = messageId;
    }
}
