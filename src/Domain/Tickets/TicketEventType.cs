namespace SupportDesk.Domain.Tickets;

/// <summary>What happened to a ticket: opened, taken by an agent, returned to the queue when its agent was removed, resolved, or its priority changed by a manager.</summary>
public enum TicketEventType
{
    Opened,
    Assigned,
    ReturnedToQueue,
    Resolved,
    PriorityChanged,
}
