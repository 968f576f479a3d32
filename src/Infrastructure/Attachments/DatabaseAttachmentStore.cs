using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Attachments;

/// <summary>
/// The default attachment store: the bytes in the desk's own database, so every instance reads every file and a
/// backup holds them. A file is staged in the request's unit of work and committed with its record, so a refused
/// upload leaves nothing behind.
/// </summary>
public sealed class DatabaseAttachmentStore(ApplicationDbContext db) : IAttachmentStore
{
    public Task PutAsync(Guid attachmentId, byte[] content, CancellationToken cancellationToken)
    {
        db.Set<AttachmentContent>().Add(new AttachmentContent { AttachmentId = attachmentId, Content = content });
        return Task.CompletedTask;
    }

    public async Task<Stream?> OpenReadAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        var content = await db.Set<AttachmentContent>().AsNoTracking()
            .Where(c => c.AttachmentId == attachmentId).Select(c => c.Content)
            .SingleOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public Task DeleteAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken) =>
        db.Set<AttachmentContent>().Where(c => attachmentIds.Contains(c.AttachmentId)).ExecuteDeleteAsync(cancellationToken);
}
