using System.Data.Common;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Emails;

namespace SupportDesk.Infrastructure.Events;

/// <summary>Once a transaction that wrote events commits, asks for a sequencer run, so the events reach the feed
/// and the webhooks in milliseconds rather than at the next sweep; once one that wrote emails commits, asks for an
/// email run.</summary>
public sealed class OutboxCommitInterceptor(EventSequencerRequests sequencer, EmailDeliveryRequests emails) : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ApplicationDbContext db)
        {
            return;
        }

        if (db.Outbox.WroteEvents)
        {
            db.Outbox.WroteEvents = false;
            await sequencer.RequestAsync(CancellationToken.None);
        }

        if (db.Outbox.WroteEmails)
        {
            db.Outbox.WroteEmails = false;
            await emails.RequestAsync(CancellationToken.None);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is not ApplicationDbContext db)
        {
            return;
        }

        if (db.Outbox.WroteEvents)
        {
            db.Outbox.WroteEvents = false;
            _ = sequencer.RequestAsync(CancellationToken.None);
        }

        if (db.Outbox.WroteEmails)
        {
            db.Outbox.WroteEmails = false;
            _ = emails.RequestAsync(CancellationToken.None);
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
            db.Outbox.WroteEmails = false;
        }
    }
}
