namespace SupportDesk.Domain.Orders;

/// <summary>The shop pushed an order.</summary>
public sealed record OrderImported(Guid OrderId) : IDomainEvent;
