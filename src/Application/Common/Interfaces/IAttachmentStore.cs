namespace SupportDesk.Application.Common.Interfaces;

/// <summary>
/// Where attachments' bytes live, readable by every instance. The default keeps them in the database, staged with
/// the use case's unit of work so the file and its record are committed together. A bucket store may replace it:
/// it writes the object before the record is saved, and the clean-up of unused uploads removes what a failed save
/// left behind.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Keeps <paramref name="content"/> as attachment <paramref name="attachmentId"/>'s bytes.</summary>
    Task PutAsync(Guid attachmentId, byte[] content, CancellationToken cancellationToken);

    /// <summary>The bytes, or null when there are none.</summary>
    Task<Stream?> OpenReadAsync(Guid attachmentId, CancellationToken cancellationToken);

    /// <summary>Forgets the bytes of these attachments, at once (not with the unit of work).</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> attachmentIds, CancellationToken cancellationToken);
}
