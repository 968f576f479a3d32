namespace SupportDesk.Domain.Tickets;

/// <summary>Stable codes of the attachments' rules, as clients see them in problems.</summary>
public static class AttachmentErrorCodes
{
    /// <summary>The file is larger than <see cref="AttachmentRules.MaxBytes"/>.</summary>
    public const string TooLarge = "attachment.too_large";

    /// <summary>The content is not a JPEG, PNG, WebP or PDF.</summary>
    public const string UnsupportedType = "attachment.unsupported_type";

    /// <summary>The ticket already has <see cref="AttachmentRules.MaxPerTicket"/> files.</summary>
    public const string LimitReached = "attachment.limit_reached";

    /// <summary>The customer has as many uploads waiting for a ticket as they may.</summary>
    public const string TooManyWaiting = "attachment.too_many_waiting";

    /// <summary>A file named by id is not the caller's, is already shown with a message, or does not exist.</summary>
    public const string NotAvailable = "attachment.not_available";
}
