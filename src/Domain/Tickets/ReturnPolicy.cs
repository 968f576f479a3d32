using SupportDesk.Domain.Orders;

namespace SupportDesk.Domain.Tickets;

/// <summary>
/// How long after its delivery (else its purchase) an order's lines can be returned: <see cref="WindowDays"/> days,
/// or a reason's own number of days (a defect shows late, so it gets longer). The window runs through the end of
/// its last day in UTC: a customer opening "on the last day" is never refused for the hour of the day. It also says
/// which <see cref="TicketPriority"/> a ticket gets from its reason (a broken item is served before an unwanted one).
/// </summary>
public sealed class ReturnPolicy
{
    public const int DefaultWindowDays = 30;

    /// <summary>The upper bound of any window: ten years, far beyond any shop's promise, well inside a date.</summary>
    public const int MaxWindowDays = 3650;

    private readonly Dictionary<ReturnReason, int> _daysByReason;
    private readonly Dictionary<ReturnReason, TicketPriority> _priorityByReason;

    /// <param name="windowDays">The window of every reason without one of its own.</param>
    /// <param name="windowDaysByReason">The reasons with a window of their own.</param>
    /// <param name="priorityByReason">A reason's priority; a reason left out is <see cref="TicketPriority.Normal"/>.
    /// Null takes <see cref="DefaultPriorityByReason"/>.</param>
    public ReturnPolicy(int windowDays, IReadOnlyDictionary<ReturnReason, int>? windowDaysByReason = null,
        IReadOnlyDictionary<ReturnReason, TicketPriority>? priorityByReason = null)
    {
        WindowDays = Days(windowDays);
        _daysByReason = (windowDaysByReason ?? new Dictionary<ReturnReason, int>())
            .ToDictionary(p => Known(p.Key), p => Days(p.Value));
        _priorityByReason = (priorityByReason ?? DefaultPriorityByReason)
            .ToDictionary(p => Known(p.Key),
                p => Enum.IsDefined(p.Value) ? p.Value : throw new ArgumentException($"Unknown priority {p.Value}."));
    }

    /// <summary>The priority of each reason by default: a damaged, defective or wrong item is
    /// <see cref="TicketPriority.High"/>, an item no longer needed <see cref="TicketPriority.Low"/>, the rest
    /// <see cref="TicketPriority.Normal"/>.</summary>
    public static IReadOnlyDictionary<ReturnReason, TicketPriority> DefaultPriorityByReason { get; } =
        new Dictionary<ReturnReason, TicketPriority>
        {
            [ReturnReason.Damaged] = TicketPriority.High,
            [ReturnReason.Defective] = TicketPriority.High,
            [ReturnReason.WrongItem] = TicketPriority.High,
            [ReturnReason.NotAsDescribed] = TicketPriority.Normal,
            [ReturnReason.Other] = TicketPriority.Normal,
            [ReturnReason.NoLongerNeeded] = TicketPriority.Low,
        };

    /// <summary>The reasons with a window of their own by default.</summary>
    public static IReadOnlyDictionary<ReturnReason, int> DefaultDaysByReason { get; } =
        new Dictionary<ReturnReason, int> { [ReturnReason.Defective] = 365, [ReturnReason.Damaged] = 60 };

    // After DefaultDaysByReason: static initialisers run in the order they are written.
    /// <summary>30 days; <c>Defective</c> 365, <c>Damaged</c> 60.</summary>
    public static ReturnPolicy Default { get; } = new(DefaultWindowDays, DefaultDaysByReason);

    /// <summary>The window of every reason without one of its own.</summary>
    public int WindowDays { get; }

    public IReadOnlyDictionary<ReturnReason, int> WindowDaysByReason => _daysByReason.AsReadOnly();

    public IReadOnlyDictionary<ReturnReason, TicketPriority> PriorityByReason => _priorityByReason.AsReadOnly();

    /// <summary>The priority a ticket opened for <paramref name="reason"/> starts with.</summary>
    public TicketPriority PriorityFor(ReturnReason reason) =>
        _priorityByReason.TryGetValue(reason, out var priority) ? priority : TicketPriority.Normal;

    /// <summary>The days of the window for <paramref name="reason"/>; the default window when null.</summary>
    public int WindowDaysFor(ReturnReason? reason) =>
        reason is { } r && _daysByReason.TryGetValue(r, out var days) ? days : WindowDays;

    /// <summary>Where a window starts: the delivery when the shop told it, else the purchase.</summary>
    public static DateTime WindowStart(DateTime placedAt, DateTime? deliveredAt) => deliveredAt ?? placedAt;

    /// <summary>The last day a return can be asked for: the UTC date of the window's start plus its days.</summary>
    public DateOnly LastDay(Order order, ReturnReason? reason = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        return LastDay(order.ReturnWindowStart, reason);
    }

    /// <inheritdoc cref="LastDay(Order, ReturnReason?)"/>
    public DateOnly LastDay(DateTime windowStart, ReturnReason? reason = null) =>
        DateOnly.FromDateTime(windowStart).AddDays(WindowDaysFor(reason));

    /// <summary>The last instant of <see cref="LastDay(Order, ReturnReason?)"/>, UTC (23:59:59.9999999).</summary>
    public DateTime ReturnableUntil(Order order, ReturnReason? reason = null) =>
        LastDay(order, reason).ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);

    /// <inheritdoc cref="ReturnableUntil(Order, ReturnReason?)"/>
    public DateTime ReturnableUntil(DateTime windowStart, ReturnReason? reason = null) =>
        LastDay(windowStart, reason).ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);

    /// <summary>Refuses a return of <paramref name="line"/> for <paramref name="reason"/> at <paramref name="now"/>:
    /// a final sale, or a window that has closed.</summary>
    public void EnsureReturnable(Order order, OrderLine line, ReturnReason reason, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Returnable)
        {
            throw new DomainException(TicketErrorCodes.LineNotReturnable,
                $"{line.ProductName} ({line.Sku}) was a final sale and cannot be returned.");
        }

        var until = ReturnableUntil(order, reason);
        if (Guard.Utc(now) > until)
        {
            throw new ReturnWindowClosedException(order.Number, until);
        }
    }

    private static ReturnReason Known(ReturnReason reason) =>
        Enum.IsDefined(reason) ? reason : throw new ArgumentException($"Unknown reason {reason}.");

    private static int Days(int days) => days is >= 0 and <= MaxWindowDays
        ? days
        : throw new ArgumentOutOfRangeException(nameof(days), days, $"A return window is 0 to {MaxWindowDays} days.");
}
