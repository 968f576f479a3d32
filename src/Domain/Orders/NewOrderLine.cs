namespace SupportDesk.Domain.Orders;

/// <summary>A line as the shop sends it; <paramref name="Returnable"/> false marks a final sale.</summary>
public sealed record NewOrderLine(string Sku, string ProductName, int Quantity, decimal UnitPrice, bool Returnable = true);
