using System.Data;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Security;
using SupportDesk.Domain.Webhooks;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Events;

/// <summary>
/// Gives committed events their feed positions and queues their webhook deliveries. One run at a time across every
/// process: a run holds the row lock of <see cref="EventSequence"/> until it commits, so the next run (in any
/// process) starts after it and reads the last position it left. Because a run only sees committed events and all of
/// its positions become visible at once, a feed reader can never see a position and later a lower one (the gap an
/// auto-increment id leaves when a transaction that took a lower id commits after one that took a higher).
/// </summary>
public sealed class EventSequencer(ApplicationDbContext db, TimeProvider clock, ILogger<EventSequencer> logger)
{
    public const int BatchSize = 500;

    /// <summary>Sequences every event committed before it runs.</summary>
    public async Task<SequencingRun> RunAsync(CancellationToken cancellationToken)
    {
        var total = new SequencingRun(0, 0);
        while (true)
        {
            var batch = await SequenceBatchAsync(cancellationToken);
            total = new SequencingRun(total.Events + batch.Events, total.Deliveries + batch.Deliveries);
            if (batch.Events < BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<SequencingRun> SequenceBatchAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // READ COMMITTED: after the lock, every read sees what was committed up to that moment.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var sequence = await LockSequenceAsync(cancellationToken);
        var events = await db.IntegrationEvents
            .Where(e => e.Position == null && e.SubscriptionId == null)
            .OrderBy(e => e.Sequence)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return new SequencingRun(0, 0);
        }

        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Status == SubscriptionStatus.Active)
            .ToListAsync(cancellationToken);
        var managers = await (from userRole in db.UserRoles
                              join role in db.Roles on userRole.RoleId equals role.Id
                              where role.Name == Roles.Manager
                              select userRole.UserId).ToHashSetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var deliveries = 0;
        foreach (var integrationEvent in events)
        {
            integrationEvent.PlaceAt(++sequence.LastPosition);
            foreach (var subscription in subscriptions.Where(s => s.Wants(integrationEvent.Type, managers.Contains(s.OwnerUserId))))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery(subscription, integrationEvent, now));
                deliveries++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogDebug("Sequenced {Events} events up to position {Position}; {Deliveries} deliveries queued",
            events.Count, sequence.LastPosition, deliveries);
        return new SequencingRun(events.Count, deliveries);
    }

    private async Task<EventSequence> LockSequenceAsync(CancellationToken cancellationToken)
    {
        var mySql = db is MySqlApplicationDbContext;
        for (var attempt = 1; ; attempt++)
        {
            // SQLite: the transaction is IMMEDIATE, so it already holds the database's one write lock.
            var sequence = mySql
                ? await db.EventSequence
                    .FromSqlInterpolated($"SELECT * FROM EventSequence WHERE Id = {EventSequence.SingleRowId} FOR UPDATE")
                    .SingleOrDefaultAsync(cancellationToken)
                : await db.EventSequence.SingleOrDefaultAsync(s => s.Id == EventSequence.SingleRowId, cancellationToken);
            if (sequence is not null || attempt > 1)
            {
                return sequence ?? throw new InvalidOperationException("The event sequence row could not be created.");
            }

            // The migration creates the row; should it be missing (a database emptied by hand), it is made again
            // from the highest position given, so positions go on increasing.
            var last = await db.IntegrationEvents.MaxAsync(e => e.Position, cancellationToken) ?? 0;
            if (mySql)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT IGNORE INTO EventSequence (Id, LastPosition) VALUES ({EventSequence.SingleRowId}, {last})", cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT OR IGNORE INTO EventSequence (Id, LastPosition) VALUES ({EventSequence.SingleRowId}, {last})", cancellationToken);
            }
        }
    }
}
