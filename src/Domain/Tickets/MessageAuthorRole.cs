namespace SupportDesk.Domain.Tickets;

/// <summary>Who wrote a message on a ticket: its customer, the agent holding it, a manager (internal notes only),
/// or the desk itself.</summary>
public enum MessageAuthorRole
{
    Customer,
    Agent,
    Manager,
    System,
}
