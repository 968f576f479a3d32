namespace SupportDesk.Domain.Tickets;

/// <summary>How urgently a ticket is served: it comes from the return reason when the ticket is opened, and a manager
/// may change it. The queue serves the highest first, a waiting ticket counting one level higher for every
/// Assignment:PromoteAfterMinutes it has waited, so that nothing waits for ever.</summary>
public enum TicketPriority
{
    High,
    Normal,
    Low,
}
