namespace SupportDesk.Domain.Tickets;

/// <summary>A message or an internal note was added to a ticket.</summary>
public sealed record TicketMessageAdded(Guid TicketId, Guid MessageId, MessageAuthorRole AuthorRole, bool Internal) : IDomainEvent;
