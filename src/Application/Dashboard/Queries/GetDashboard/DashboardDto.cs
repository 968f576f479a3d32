using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.Application.Dashboard.Queries.GetDashboard;

public sealed record DashboardDto
{
    /// <summary>When the figures were taken (UTC); "today" is the UTC day of this instant.</summary>
    public DateTime At { get; init; }

    public int WaitingTickets { get; init; }

    /// <summary>Creation time of the oldest waiting ticket, the head of the queue.</summary>
    public DateTime? OldestWaitingSince { get; init; }

    public TimeSpan? OldestWait => OldestWaitingSince is { } since ? At - since : null;

    /// <summary>The first waiting tickets, in the order they will be assigned.</summary>
    public IReadOnlyList<TicketSummaryDto> Queue { get; init; } = [];

    public int TicketsInProgress { get; init; }

    public int AgentsBusy { get; init; }

    public int AgentsAvailable { get; init; }

    public int AgentsAway { get; init; }

    public int AssignedToday { get; init; }

    public int ResolvedToday { get; init; }

    /// <summary>Median of (assigned − created) over the tickets assigned today.</summary>
    public TimeSpan? MedianTimeToAssignmentToday { get; init; }

    /// <summary>Median of (resolved − created) over the tickets resolved today.</summary>
    public TimeSpan? MedianTimeToResolutionToday { get; init; }

    /// <summary>Tickets open or in progress with a service-level target missed now (assignment or resolution).</summary>
    public int BreachedTickets { get; init; }

    /// <summary>Tickets open or in progress with no target missed but one with less than 20 % of its time left.</summary>
    public int AtRiskTickets { get; init; }

    /// <summary>Tickets opened over the chart's days whose targets are settled and were all met: resolved with both
    /// the assignment and the resolution in time.</summary>
    public int WithinTargetTickets { get; init; }

    /// <summary>Tickets opened over the chart's days with a target missed (resolved or not).</summary>
    public int MissedTargetTickets { get; init; }

    /// <summary><see cref="WithinTargetTickets"/> out of those two (0 to 1); null when neither has any ticket. A ticket
    /// still running inside its targets is not counted either way yet.</summary>
    public double? WithinTargetShare => WithinTargetTickets + MissedTargetTickets is var judged and > 0
        ? (double)WithinTargetTickets / judged
        : null;

    /// <summary>One entry per day, oldest first, ending today.</summary>
    public IReadOnlyList<DailyTicketCountDto> Days { get; init; } = [];
}
