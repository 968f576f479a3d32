using System.Linq.Expressions;

namespace SupportDesk.Domain.Tickets;

/// <summary>
/// The service-level targets of each <see cref="TicketPriority"/>: a ticket is to be assigned within
/// <see cref="AssignWithin"/> and resolved within <see cref="ResolveWithin"/> of its opening. Its due times follow its
/// <em>current</em> priority: a manager raising a ticket to High brings both due times forward (counted from its
/// opening, not from the change), lowering it pushes them back. A target is <em>missed</em> when it passed before the
/// ticket was assigned (resolved), or the ticket was assigned (resolved) after it; a ticket put back in the queue
/// waits for an assignment again, so its assignment target counts again. Once the breach job has recorded a miss
/// (<see cref="Ticket.RecordBreaches"/>) it stays missed, whatever the priority becomes.
/// </summary>
public sealed class ServiceLevelPolicy
{
    /// <summary>The upper bound of any target: a year, in minutes.</summary>
    public const int MaxMinutes = 366 * 24 * 60;

    /// <summary>A ticket is at risk when less than this share of a target's time is left (and it is not missed yet).</summary>
    public const double AtRiskShare = 0.2;

    private readonly Dictionary<TicketPriority, TimeSpan> _assignWithin;
    private readonly Dictionary<TicketPriority, TimeSpan> _resolveWithin;

    /// <param name="assignWithinMinutes">Minutes to assignment per priority; a priority left out keeps its default.</param>
    /// <param name="resolveWithinMinutes">Minutes to resolution per priority; a priority left out keeps its default.</param>
    public ServiceLevelPolicy(IReadOnlyDictionary<TicketPriority, int>? assignWithinMinutes = null,
        IReadOnlyDictionary<TicketPriority, int>? resolveWithinMinutes = null)
    {
        _assignWithin = Targets(DefaultAssignWithinMinutes, assignWithinMinutes);
        _resolveWithin = Targets(DefaultResolveWithinMinutes, resolveWithinMinutes);
    }

    /// <summary>High 15, Normal 60, Low 240 minutes to assignment.</summary>
    public static IReadOnlyDictionary<TicketPriority, int> DefaultAssignWithinMinutes { get; } =
        new Dictionary<TicketPriority, int>
        {
            [TicketPriority.High] = 15,
            [TicketPriority.Normal] = 60,
            [TicketPriority.Low] = 240,
        };

    /// <summary>High 240, Normal 1440, Low 2880 minutes to resolution.</summary>
    public static IReadOnlyDictionary<TicketPriority, int> DefaultResolveWithinMinutes { get; } =
        new Dictionary<TicketPriority, int>
        {
            [TicketPriority.High] = 240,
            [TicketPriority.Normal] = 1440,
            [TicketPriority.Low] = 2880,
        };

    // After the defaults: static initialisers run in the order they are written.
    public static ServiceLevelPolicy Default { get; } = new();

    /// <summary>The time from opening to assignment a ticket of <paramref name="priority"/> is promised.</summary>
    public TimeSpan AssignWithin(TicketPriority priority) => _assignWithin[Known(priority)];

    /// <summary>The time from opening to resolution a ticket of <paramref name="priority"/> is promised.</summary>
    public TimeSpan ResolveWithin(TicketPriority priority) => _resolveWithin[Known(priority)];

    /// <summary>When a ticket of <paramref name="priority"/> opened at <paramref name="createdAt"/> is due to be assigned.</summary>
    public DateTime AssignBy(TicketPriority priority, DateTime createdAt) => Guard.Utc(createdAt) + AssignWithin(priority);

    /// <summary>When a ticket of <paramref name="priority"/> opened at <paramref name="createdAt"/> is due to be resolved.</summary>
    public DateTime ResolveBy(TicketPriority priority, DateTime createdAt) => Guard.Utc(createdAt) + ResolveWithin(priority);

    /// <summary>Whether a target due at <paramref name="due"/> is missed at <paramref name="now"/>: done after it, or
    /// not done and past it.</summary>
    public static bool Missed(DateTime due, DateTime? doneAt, DateTime now) => doneAt is { } done ? done > due : now > due;

    /// <summary>Whether a target not done yet and not missed has less than <see cref="AtRiskShare"/> of
    /// <paramref name="within"/> left at <paramref name="now"/>.</summary>
    public static bool AtRisk(DateTime due, DateTime? doneAt, TimeSpan within, DateTime now) =>
        doneAt is null && now <= due && now >= due - (within * AtRiskShare);

    /// <summary>The tickets with a target missed at <paramref name="now"/>, as an expression the database answers from
    /// two indexes: a breach recorded (<see cref="Ticket.BreachedAt"/>), or one not recorded yet, which is exactly a
    /// <see cref="Ticket.SlaCheckAt"/> before now (the due time of a target neither met nor recorded has passed). The
    /// same tickets as <see cref="Missed"/> on the read model (recorded, or computed from the due times).</summary>
    public static Expression<Func<Ticket, bool>> Breached(DateTime now)
    {
        Guard.Utc(now);
        return t => t.BreachedAt != null || t.SlaCheckAt < now;
    }

    /// <summary>The tickets not resolved, with no target missed (no breach recorded, none due: the complement of
    /// <see cref="Breached"/>), but a target with less than
    /// <see cref="AtRiskShare"/> of its time left at <paramref name="now"/>. The thresholds come from the current
    /// targets of each priority, so the SQL compares columns with constants.</summary>
    public Expression<Func<Ticket, bool>> AtRiskOpen(DateTime now)
    {
        Guard.Utc(now);
        var assignHigh = now + (AssignWithin(TicketPriority.High) * AtRiskShare);
        var assignNormal = now + (AssignWithin(TicketPriority.Normal) * AtRiskShare);
        var assignLow = now + (AssignWithin(TicketPriority.Low) * AtRiskShare);
        var resolveHigh = now + (ResolveWithin(TicketPriority.High) * AtRiskShare);
        var resolveNormal = now + (ResolveWithin(TicketPriority.Normal) * AtRiskShare);
        var resolveLow = now + (ResolveWithin(TicketPriority.Low) * AtRiskShare);
        return t => t.Status != TicketStatus.Resolved
            && t.BreachedAt == null && (t.SlaCheckAt == null || t.SlaCheckAt >= now)
            && ((t.AssignedAt == null
                    && ((t.Priority == TicketPriority.High && t.AssignBy <= assignHigh)
                        || (t.Priority == TicketPriority.Normal && t.AssignBy <= assignNormal)
                        || (t.Priority == TicketPriority.Low && t.AssignBy <= assignLow)))
                || (t.Priority == TicketPriority.High && t.ResolveBy <= resolveHigh)
                || (t.Priority == TicketPriority.Normal && t.ResolveBy <= resolveNormal)
                || (t.Priority == TicketPriority.Low && t.ResolveBy <= resolveLow));
    }

    private static TicketPriority Known(TicketPriority priority) =>
        Enum.IsDefined(priority) ? priority : throw new ArgumentException($"Unknown priority {priority}.");

    private static Dictionary<TicketPriority, TimeSpan> Targets(IReadOnlyDictionary<TicketPriority, int> defaults,
        IReadOnlyDictionary<TicketPriority, int>? given)
    {
        var minutes = defaults.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (priority, value) in given ?? new Dictionary<TicketPriority, int>())
        {
            minutes[Known(priority)] = value is >= 1 and <= MaxMinutes
                ? value
                : throw new ArgumentOutOfRangeException(nameof(given), value, $"A service-level target is 1 to {MaxMinutes} minutes.");
        }

        return minutes.ToDictionary(p => p.Key, p => TimeSpan.FromMinutes(p.Value));
    }
}
