namespace SupportDesk.Domain.Tickets;

/// <summary>Rule 4: only the agent holding a ticket resolves it.</summary>
public sealed class TicketNotHeldByAgentException(string ticketNumber)
    : DomainException(TicketErrorCodes.NotHolder, $"Ticket {ticketNumber} is assigned to another agent.");
