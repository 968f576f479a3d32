namespace SupportDesk.Domain.Tickets;

public enum TicketStatus
{
    Open,
    InProgress,
    Resolved,
}
