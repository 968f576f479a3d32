using SupportDesk.Domain.Emails;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>
/// Finds the emails due now and leases them to this process, by a conditional update (of several processes
/// scanning at once exactly one changes each row), as the webhook deliveries do. First, an email left
/// <see cref="EmailStatus.Transmitting"/> by a process whose lease expired (it died or stalled while handing it
/// over) is recorded <see cref="EmailStatus.Uncertain"/>: the customer may have it, so it is not sent again.
/// </summary>
public sealed class EmailDispatcher(ApplicationDbContext db, TimeProvider clock)
{
    public const string UncertainReason = "The sender stopped while handing the email over; it may have been sent, so it is not sent again.";

    /// <returns>How many emails were found uncertain.</returns>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.OutboundEmails
            .Where(e => e.Status == EmailStatus.Transmitting && e.LeaseUntil < now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, EmailStatus.Uncertain)
                .SetProperty(e => e.LastError, UncertainReason)
                .SetProperty(e => e.NextAttemptAt, (DateTime?)null)
                .SetProperty(e => e.LeaseOwner, (string?)null)
                .SetProperty(e => e.LeaseUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>Leases up to <paramref name="batchSize"/> due emails to <paramref name="owner"/> for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<Guid>> LeaseDueAsync(string owner, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboundEmails.AsNoTracking()
            .Where(e => e.Status == EmailStatus.Pending && e.NextAttemptAt <= now && (e.LeaseUntil == null || e.LeaseUntil < now))
            .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id)
            .Select(e => e.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);

        var leased = new List<Guid>(due.Count);
        var until = now + lease;
        foreach (var id in due)
        {
            var won = await db.OutboundEmails
                .Where(e => e.Id == id && e.Status == EmailStatus.Pending && (e.LeaseUntil == null || e.LeaseUntil < now))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(e => e.LeaseOwner, owner)
                    .SetProperty(e => e.LeaseUntil, until), cancellationToken);
            if (won == 1)
            {
                leased.Add(id);
            }
        }

        return leased;
    }
}
