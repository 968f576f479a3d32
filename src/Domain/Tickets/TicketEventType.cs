namespace SupportDesk.Domain.Tickets;

public enum TicketEventType
{
    Opened,
    Assigned,
    ReturnedToQueue,
    Resolved,
}
