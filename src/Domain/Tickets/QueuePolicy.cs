using System.Linq.Expressions;

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
        // The same thresholds as Rank, so the rule reads the same in memory and in SQL.
        var (normalToHigh, lowToNormal, lowToHigh) = Thresholds(now);
        return priority switch
        {
            TicketPriority.High => TicketPriority.High,
            TicketPriority.Normal => createdAt <= normalToHigh ? TicketPriority.High : TicketPriority.Normal,
            _ => createdAt <= lowToHigh ? TicketPriority.High
                : createdAt <= lowToNormal ? TicketPriority.Normal : TicketPriority.Low,
        };
    }

    /// <summary>The queue position of a ticket at <paramref name="now"/> as an expression the database evaluates:
    /// 0 when it counts as High, 1 as Normal, 2 as Low. Order by it, then <see cref="Ticket.CreatedAt"/>, then
    /// <see cref="Entity.Id"/>. The thresholds are computed here, so the SQL compares columns with constants (no
    /// date arithmetic, the same on every provider).</summary>
    public Expression<Func<Ticket, int>> Rank(DateTime now)
    {
        var (normalToHigh, lowToNormal, lowToHigh) = Thresholds(now);
        return t => t.Priority == TicketPriority.High
                || (t.Priority == TicketPriority.Normal && t.CreatedAt <= normalToHigh)
                || (t.Priority == TicketPriority.Low && t.CreatedAt <= lowToHigh)
            ? 0
            : t.Priority == TicketPriority.Normal || (t.Priority == TicketPriority.Low && t.CreatedAt <= lowToNormal)
                ? 1
                : 2;
    }

    private (DateTime NormalToHigh, DateTime LowToNormal, DateTime LowToHigh) Thresholds(DateTime now)
    {
        Guard.Utc(now);
        return (now - PromoteAfter, now - PromoteAfter, now - (2 * PromoteAfter));
    }
}
