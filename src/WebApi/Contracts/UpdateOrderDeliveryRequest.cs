namespace SupportDesk.WebApi.Contracts;

/// <summary>When an order was delivered.</summary>
/// <param name="DeliveredAt">The delivery time (UTC): not before the order was placed, not in the future (five minutes of
/// clock tolerance). The order's return window counts from its day.</param>
[ValidatedAs(typeof(SupportDesk.Application.Orders.Commands.UpdateOrderDelivery.UpdateOrderDeliveryCommand))]
public sealed record UpdateOrderDeliveryRequest(DateTime DeliveredAt);
