using SupportDesk.Domain.Webhooks;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>
/// Finds the deliveries due now and leases them to this process. A lease is a conditional update: of several
/// processes scanning at once, exactly one changes the row and sends that attempt; a process killed mid-attempt
/// leaves a lease that expires, and the attempt is made again by whichever process comes next. A delivery is due
/// only when no earlier event of the same subject (ticket, agent, order) is still pending for the subscription, so
/// one ticket's events reach one subscription in order.
/// </summary>
public sealed class WebhookDispatcher(ApplicationDbContext db, TimeProvider clock)
{
    public const int BatchSize = 50;

    /// <summary>Leases up to <see cref="BatchSize"/> due deliveries to <paramref name="owner"/> for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<Guid>> LeaseDueAsync(string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now
                && (d.LeaseUntil == null || d.LeaseUntil < now))
            .Where(d => db.WebhookSubscriptions.Any(s => s.Id == d.SubscriptionId && s.Status == SubscriptionStatus.Active))
            .Where(d => d.Subject == null || !db.WebhookDeliveries.Any(earlier =>
                earlier.SubscriptionId == d.SubscriptionId && earlier.Subject == d.Subject
                && earlier.Status == DeliveryStatus.Pending && earlier.Position < d.Position))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.EventSequence)
            .Select(d => d.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var leased = new List<Guid>(due.Count);
        var until = now + lease;
        foreach (var id in due)
        {
            var won = await db.WebhookDeliveries
                .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(d => d.LeaseOwner, owner)
                    .SetProperty(d => d.LeaseUntil, until), cancellationToken);
            if (won == 1)
            {
                leased.Add(id);
            }
        }

        return leased;
    }
}
