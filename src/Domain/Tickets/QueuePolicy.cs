namespace SupportDesk.Domain.Tickets;

/// <summary>
/// Which waiting ticket is served next: the highest <em>effective</em> priority, then the oldest, then the lowest id.
/// A ticket's effective priority is its priority raised one level for every <see cref="PromoteAfter"/> it has waited
/// (aging), never above <see cref="TicketPriority.High"/>: a steady flow of urgent tickets cannot starve a
/// <see cref="TicketPriority.Low"/> one, which counts as High after twice <see cref="PromoteAfter"/>.
/// </summary>
public sealed class QueuePolicy
{
    public const int DefaultPromoteAfterMinutes = 30;

    /// <summary>The upper bound of <see cref="PromoteAfter"/>: a week.</summary>
    public const int MaxPromoteAfterMinutes = 7 * 24 * 60;

    public QueuePolicy(int promoteAfterMinutes)
    {
        PromoteAfter = promoteAfterMinutes is >= 1 and <= MaxPromoteAfterMinutes
            ? TimeSpan.FromMinutes(promoteAfterMinutes)
            : throw new ArgumentOutOfRangeException(nameof(promoteAfterMinutes), promoteAfterMinutes,
                $"A ticket is promoted after 1 to {MaxPromoteAfterMinutes} minutes.");
    }

    /// <summary>Promotion every 30 minutes.</summary>
    public static QueuePolicy Default { get; } = new(DefaultPromoteAfterMinutes);

    /// <summary>How long a ticket waits before it counts one level higher.</summary>
    public TimeSpan PromoteAfter { get; }

    /// <summary>The priority a ticket of <paramref name="priority"/> opened at <paramref name="createdAt"/> counts
    /// as at <paramref name="now"/>.</summary>
    public TicketPriority EffectivePriority(TicketPriority priority, DateTime createdAt, DateTime now)
    {
        var (normalToHigh, lowToNormal, lowToHigh) = Thresholds(now);
        return priority switch
        {
            TicketPriority.High => TicketPriority.High,
            TicketPriority.Normal => createdAt <= normalToHigh ? TicketPriority.High : TicketPriority.Normal,
            _ => createdAt <= lowToHigh ? TicketPriority.High
                : createdAt <= lowToNormal ? TicketPriority.Normal : TicketPriority.Low,
        };
    }

    /// <summary>The queue's order at <paramref name="now"/>: the highest effective priority first, then the oldest,
    /// then the lowest id (compared as the database compares it, as text). Negative when <paramref name="x"/> is
    /// served before <paramref name="y"/>.</summary>
    public int Compare(Ticket x, Ticket y, DateTime now)
    {
        var byPriority = EffectivePriority(x.Priority, x.CreatedAt, now).CompareTo(EffectivePriority(y.Priority, y.CreatedAt, now));
        if (byPriority != 0)
        {
            return byPriority;
        }

        var byAge = x.CreatedAt.CompareTo(y.CreatedAt);
        return byAge != 0 ? byAge : string.Compare(x.Id.ToString(), y.Id.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The head of the whole queue from each priority's oldest waiting ticket (null where a priority has none): within
    /// one priority an older ticket never counts lower than a younger one (aging only raises), so the best of those
    /// few is the best of all. The database then finds the head with one index seek per priority, whatever the
    /// queue's length, instead of ranking every waiting ticket.
    /// </summary>
    public Ticket? Head(IEnumerable<Ticket?> oldestOfEachPriority, DateTime now)
    {
        Ticket? head = null;
        foreach (var ticket in oldestOfEachPriority)
        {
            if (ticket is not null && (head is null || Compare(ticket, head, now) < 0))
            {
                head = ticket;
            }
        }

        return head;
    }

    private (DateTime NormalToHigh, DateTime LowToNormal, DateTime LowToHigh) Thresholds(DateTime now)
    {
        Guard.Utc(now);
        return (now - PromoteAfter, now - PromoteAfter, now - (2 * PromoteAfter));
    }
}
