namespace SupportDesk.Application.Conversation;

/// <summary>One message of a ticket's conversation, or an internal note (staff only).</summary>
public sealed record MessageDto
{
    /// <summary>The message id.</summary>
    public Guid Id { get; init; }

    /// <summary>The ticket it belongs to.</summary>
    public Guid TicketId { get; init; }

    /// <summary>Who wrote it.</summary>
    public MessageAuthorDto Author { get; init; } = new();

    /// <summary>The text, 1 to 4000 characters.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>True for a note between staff, which the customer never sees.</summary>
    public bool Internal { get; init; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>The files shown with it.</summary>
    public IReadOnlyList<AttachmentDto> Attachments { get; init; } = [];
}
