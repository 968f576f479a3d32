using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Dashboard.Queries.GetDashboard;

/// <summary>
/// What a manager watches: the queue, the agents, how fast tickets are taken and resolved today (UTC), and tickets
/// opened and resolved per day over the last <see cref="GetDashboardQuery.Days"/> days; the service levels: tickets
/// breached and at risk now, and the share of the period's tickets that met their targets.
/// </summary>
[Authorize(Roles = Roles.Manager)]
public sealed record GetDashboardQuery(int Days = GetDashboardQuery.DefaultDays) : IRequest<DashboardDto>
{
    public const int DefaultDays = 14;
    public const int MaxDays = 60;
}

public sealed class GetDashboardHandler(IApplicationDbContext db, TimeProvider clock, ServiceLevelPolicy serviceLevels)
    : IRequestHandler<GetDashboardQuery, DashboardDto>
{
    /// <summary>Upper bound of the rows read to compute today's medians; a median of this many is exact enough.</summary>
    internal const int MaxSampleSize = 5_000;

    internal const int QueueHeadSize = 5;

    public async Task<DashboardDto> Handle(GetDashboardQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;
        var firstDay = today.AddDays(1 - request.Days);

        var waiting = db.Tickets.AsNoTracking().Where(t => t.Status == TicketStatus.Open);
        var waitingCount = await waiting.CountAsync(cancellationToken);
        var queueHead = await waiting.ToSummaries(db)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(QueueHeadSize).ToListAsync(cancellationToken);
        var inProgress = await db.Tickets.CountAsync(t => t.Status == TicketStatus.InProgress, cancellationToken);

        var agents = await db.Agents.AsNoTracking()
            .Where(a => a.RemovedAt == null)
            .GroupBy(a => new { Busy = a.CurrentTicketId != null, a.Availability })
            .Select(g => new { g.Key.Busy, g.Key.Availability, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Durations are computed here rather than in SQL: date arithmetic differs between SQLite and MySQL, and
        // a day's tickets are few enough to read (bounded anyway).
        var assignedToday = await db.Tickets.AsNoTracking()
            .Where(t => t.AssignedAt >= today)
            .OrderBy(t => t.AssignedAt)
            .Select(t => new { t.CreatedAt, At = t.AssignedAt!.Value })
            .Take(MaxSampleSize)
            .ToListAsync(cancellationToken);
        var resolvedToday = await db.Tickets.AsNoTracking()
            .Where(t => t.ResolvedAt >= today)
            .OrderBy(t => t.ResolvedAt)
            .Select(t => new { t.CreatedAt, At = t.ResolvedAt!.Value })
            .Take(MaxSampleSize)
            .ToListAsync(cancellationToken);

        // Service levels, each one count from the indexes (SlaCheckAt, BreachedAt, Status, CreatedAt).
        var unresolved = db.Tickets.Where(t => t.Status != TicketStatus.Resolved);
        var breachedNow = await unresolved.Where(ServiceLevelPolicy.Breached(now)).CountAsync(cancellationToken);
        var atRisk = await db.Tickets.Where(serviceLevels.AtRiskOpen(now)).CountAsync(cancellationToken);
        var period = db.Tickets.Where(t => t.CreatedAt >= firstDay);
        var missed = await period.Where(ServiceLevelPolicy.Breached(now)).CountAsync(cancellationToken);
        // Resolved and never breached: both targets settled (SlaCheckAt null) with no breach recorded.
        var met = await period.CountAsync(
            t => t.Status == TicketStatus.Resolved && t.BreachedAt == null && t.SlaCheckAt == null, cancellationToken);

        var opened = await CountPerDayAsync(db.Tickets.Where(t => t.CreatedAt >= firstDay).Select(t => t.CreatedAt), cancellationToken);
        var resolved = await CountPerDayAsync(
            db.Tickets.Where(t => t.ResolvedAt >= firstDay).Select(t => t.ResolvedAt!.Value), cancellationToken);

        return new DashboardDto
        {
            At = now,
            WaitingTickets = waitingCount,
            OldestWaitingSince = queueHead.Count > 0 ? queueHead[0].CreatedAt : null,
            Queue = queueHead.Select(t => t.WithServiceLevels(now)).ToList(),
            TicketsInProgress = inProgress,
            AgentsBusy = agents.Where(a => a.Busy).Sum(a => a.Count),
            AgentsAvailable = agents.Where(a => !a.Busy && a.Availability == AgentAvailability.Available).Sum(a => a.Count),
            AgentsAway = agents.Where(a => !a.Busy && a.Availability == AgentAvailability.Away).Sum(a => a.Count),
            AssignedToday = assignedToday.Count,
            ResolvedToday = resolvedToday.Count,
            MedianTimeToAssignmentToday = Median(assignedToday.Select(t => t.At - t.CreatedAt)),
            MedianTimeToResolutionToday = Median(resolvedToday.Select(t => t.At - t.CreatedAt)),
            BreachedTickets = breachedNow,
            AtRiskTickets = atRisk,
            WithinTargetTickets = met,
            MissedTargetTickets = missed,
            Days = Enumerable.Range(0, request.Days)
                .Select(i => firstDay.AddDays(i))
                .Select(day => new DailyTicketCountDto(
                    DateOnly.FromDateTime(day), opened.GetValueOrDefault(day), resolved.GetValueOrDefault(day)))
                .ToList(),
        };
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count); null when there is none.</summary>
    internal static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static async Task<Dictionary<DateTime, int>> CountPerDayAsync(IQueryable<DateTime> times, CancellationToken cancellationToken)
    {
        // Grouping by the date part translates on both providers (DATE() in MySQL, date() in SQLite).
        var rows = await times.GroupBy(t => t.Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => DateTime.SpecifyKind(r.Day, DateTimeKind.Utc).Date, r => r.Count);
    }
}
