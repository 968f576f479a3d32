namespace SupportDesk.Domain.Tickets;

/// <summary>Stable codes of the conversation rules (messages and attachments), as clients see them in problems.</summary>
public static class ConversationErrorCodes
{
    /// <summary>The ticket is resolved: it takes no more messages or attachments.</summary>
    public const string TicketResolved = "message.ticket_resolved";

    /// <summary>This author may not write this kind of message (a customer's internal note, a manager's public one).</summary>
    public const string NotAllowed = "message.not_allowed";

    /// <summary>The message text is empty, too long or holds control characters.</summary>
    public const string Invalid = "message.invalid";

    /// <summary>The file is larger than <see cref="AttachmentRules.MaxBytes"/>.</summary>
    public const string TooLarge = "attachment.too_large";

    /// <summary>The content is not a JPEG, PNG, WebP or PDF.</summary>
    public const string UnsupportedType = "attachment.unsupported_type";

    /// <summary>The ticket already has <see cref="AttachmentRules.MaxPerTicket"/> attachments.</summary>
    public const string LimitReached = "attachment.limit_reached";

    /// <summary>An attachment named by id is not the caller's, is already used, or does not exist.</summary>
    public const string NotAvailable = "attachment.not_available";
}
