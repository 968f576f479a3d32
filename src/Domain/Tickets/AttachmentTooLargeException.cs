namespace SupportDesk.Domain.Tickets;

/// <summary>A file over <see cref="AttachmentRules.MaxBytes"/>; hosts answer 413.</summary>
public sealed class AttachmentTooLargeException()
    : DomainException(AttachmentErrorCodes.TooLarge, $"A file may be at most {AttachmentRules.MaxBytes / (1024 * 1024)} MB.")
{
    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object?> Details =>
        new Dictionary<string, object?> { ["maxBytes"] = AttachmentRules.MaxBytes };
}
