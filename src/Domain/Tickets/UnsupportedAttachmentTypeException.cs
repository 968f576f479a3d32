namespace SupportDesk.Domain.Tickets;

/// <summary>The content is none of the accepted kinds, whatever its name says; hosts answer 415.</summary>
public sealed class UnsupportedAttachmentTypeException()
    : DomainException(AttachmentErrorCodes.UnsupportedType, "Only JPEG, PNG and WebP pictures and PDF documents can be attached.");
