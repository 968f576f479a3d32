namespace SupportDesk.Domain.Tickets;

/// <summary>Where a ticket is in its workflow: Open (waiting in the queue), InProgress (an agent holds it), Resolved.</summary>
public enum TicketStatus
{
    Open,
    InProgress,
    Resolved,
}
