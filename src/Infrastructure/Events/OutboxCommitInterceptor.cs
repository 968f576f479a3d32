using System.Data.Common;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Events;

/// <summary>Once a transaction that wrote events commits, asks for a sequencer run, so the events reach the feed
/// and the webhooks in milliseconds rather than at the next sweep.</summary>
public sealed class OutboxCommitInterceptor(EventSequencerRequests sequencer) : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ApplicationDbContext { Outbox.WroteEvents: true } db)
        {
            db.Outbox.WroteEvents = false;
            await sequencer.RequestAsync(CancellationToken.None);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ApplicationDbContext { Outbox.WroteEvents: true } db)
        {
            db.Outbox.WroteEvents = false;
            _ = sequencer.RequestAsync(CancellationToken.None);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is ApplicationDbContext db)
        {
            db.Outbox.WroteEvents = false;
        }
    }
}
