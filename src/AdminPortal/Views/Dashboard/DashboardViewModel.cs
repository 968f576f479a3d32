using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Dashboard.Queries.GetDashboard;

namespace SupportDesk.AdminPortal.Views.Dashboard;

public sealed record DashboardViewModel(DashboardDto Figures)
{
    public TicketsPerDayChart Chart { get; } = new(Figures.Days);

    /// <summary>Changes when a figure on the page changes (the clock alone does not redraw it).</summary>
    public string LiveKey => LiveRegion.Key(
    [
        $"{Figures.WaitingTickets}:{Figures.OldestWaitingSince:O}:{Figures.TicketsInProgress}",
        $"{Figures.AgentsBusy}:{Figures.AgentsAvailable}:{Figures.AgentsAway}",
        $"{Figures.AssignedToday}:{Figures.ResolvedToday}:{Figures.MedianTimeToAssignmentToday}:{Figures.MedianTimeToResolutionToday}",
        $"{Figures.BreachedTickets}:{Figures.AtRiskTickets}:{Figures.WithinTargetTickets}:{Figures.MissedTargetTickets}",
        .. Figures.Days.Select(d => $"{d.Day:O}:{d.Opened}:{d.Resolved}"),
        .. Figures.Queue.Select(t => $"{t.Id}"),
    ]);
}
