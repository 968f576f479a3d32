using SupportDesk.Application.Common.Models;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation;

/// <summary>Reads an uploaded file and checks it as an <see cref="Attachment"/>: never more than
/// <see cref="AttachmentRules.MaxBytes"/> plus one byte is read, whatever length the client announced.</summary>
public static class AttachmentUpload
{
    public static async Task<(Attachment Attachment, byte[] Content)> ReadAsync(Stream content, string? fileName,
        string accountId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > AttachmentRules.MaxBytes)
            {
                throw new AttachmentTooLargeException();
            }
        }

        var bytes = buffer.ToArray();
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, AttachmentRules.SniffLength));
        return (Attachment.Upload(accountId, fileName, head, bytes.Length, StoredTime.Now(clock)), bytes);
    }
}
