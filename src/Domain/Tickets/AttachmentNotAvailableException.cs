namespace SupportDesk.Domain.Tickets;

/// <summary>A file named by id is not the caller's upload, is already shown with a message, belongs to another
/// ticket, or does not exist; hosts answer 400, since the request names something it cannot use.</summary>
public sealed class AttachmentNotAvailableException()
    : DomainException(AttachmentErrorCodes.NotAvailable, "Each file must be one you uploaded, not yet shown with a message.");
