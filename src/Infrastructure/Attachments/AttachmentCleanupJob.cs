using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Attachments;

/// <summary>
/// Deletes uploads no ticket took within <see cref="UnboundLifetime"/>, and their bytes. On MySQL it lives in the
/// clustered scheduler, so one process of the cluster runs it each interval. An upload bound by a ticket at the
/// same moment is safe either way: the delete only takes a row still unbound, and a ticket binding a row deleted
/// first fails its save (the row it updates is gone) instead of pointing at nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AttachmentCleanupJob(ApplicationDbContext db, IAttachmentStore store, TimeProvider clock,
    ILogger<AttachmentCleanupJob> logger) : IJob
{
    public static readonly JobKey Key = new("attachment-cleanup", "attachments");
    public static readonly TimeSpan UnboundLifetime = TimeSpan.FromDays(1);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    internal const int BatchSize = 500;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await CleanUpAsync(cancellationToken);

    /// <summary>One pass; returns how many uploads were deleted.</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - UnboundLifetime;
        var deleted = 0;
        while (true)
        {
            var due = await db.Attachments.AsNoTracking()
                .Where(a => a.TicketId == null && a.CreatedAt < before)
                .OrderBy(a => a.CreatedAt).Select(a => a.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                // The record first, and only while still unbound: bytes are never taken from a file a ticket just took.
                // (In the database the bytes go with the record; a bucket store deletes them here.)
                if (await db.Attachments.Where(a => a.Id == id && a.TicketId == null).ExecuteDeleteAsync(cancellationToken) == 1)
                {
                    await store.DeleteAsync([id], cancellationToken);
                    deleted++;
                }
            }

            if (due.Count < BatchSize)
            {
                break;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} uploads no ticket took within a day", deleted);
        }

        return deleted;
    }
}
