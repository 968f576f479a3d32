namespace SupportDesk.Application.Conversation;

/// <summary>A file on a ticket or a message; its bytes are at <c>GET /api/tickets/{ticketId}/attachments/{id}</c>.</summary>
public sealed record AttachmentDto
{
    /// <summary>The attachment id.</summary>
    public Guid Id { get; init; }

    /// <summary>The uploaded name, with the extension of what the content really is.</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>The type recognised from the content: image/jpeg, image/png, image/webp or application/pdf.</summary>
    public string ContentType { get; init; } = string.Empty;

    /// <summary>The size in bytes.</summary>
    public long Size { get; init; }
}
