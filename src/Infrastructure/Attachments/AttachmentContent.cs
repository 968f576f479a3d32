namespace SupportDesk.Infrastructure.Attachments;

/// <summary>An attachment's bytes, in the database (<see cref="DatabaseAttachmentStore"/>).</summary>
public sealed class AttachmentContent
{
    public Guid AttachmentId { get; init; }

    public byte[] Content { get; init; } = [];
}
