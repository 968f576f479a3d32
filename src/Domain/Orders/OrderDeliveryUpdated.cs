namespace SupportDesk.Domain.Orders;

/// <summary>The shop told when the order was delivered; its return window moved.</summary>
public sealed record OrderDeliveryUpdated(Guid OrderId) : IDomainEvent;
