using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Common.Interfaces;

/// <summary>
/// The desk's own measurements (the <c>SupportDesk</c> meter in Infrastructure), recorded where the facts happen and
/// only once they are committed: a save that fails records nothing. Recording is in memory and never blocks.
/// </summary>
public interface IDeskMetrics
{
    /// <summary>A ticket was opened (saved) with this priority.</summary>
    void TicketOpened(TicketPriority priority);

    /// <summary>A waiting ticket was given to an agent after waiting <paramref name="waited"/> since it was opened.</summary>
    void TicketAssigned(TicketPriority priority, TimeSpan waited);

    /// <summary>A ticket was resolved with this outcome.</summary>
    void TicketResolved(ResolutionOutcome outcome);
}
