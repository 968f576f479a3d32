namespace SupportDesk.Domain.Tickets;

/// <summary>How urgently a ticket should be served. It comes from the return reason when the ticket is opened
/// (<see cref="ReturnPolicy.PriorityFor"/>) and a manager may change it; the queue serves the highest first, with
/// aging (<see cref="QueuePolicy"/>) so that nothing waits for ever.</summary>
public enum TicketPriority
{
    High,
    Normal,
    Low,
}
