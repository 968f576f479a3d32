namespace SupportDesk.Domain.Tickets;

/// <summary>A ticket was opened, assigned, returned to the queue or resolved (the line added to its history).</summary>
public sealed record TicketChanged(Guid TicketId, TicketEventType Change) : IDomainEvent;
