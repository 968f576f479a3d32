namespace SupportDesk.Domain.Tickets;

/// <summary>What happened to a ticket: opened, taken by an agent, returned to the queue when its agent was removed or a manager handed it back (or handed over to another agent: Assigned), resolved, its priority changed by a manager, or a service-level target missed (recorded once per target by the breach job).</summary>
public enum TicketEventType
{
    Opened,
    Assigned,
    ReturnedToQueue,
    Resolved,
    PriorityChanged,
    SlaBreached,
}
