namespace SupportDesk.Domain.Orders;

public sealed record NewOrderLine(string Sku, string ProductName, int Quantity, decimal UnitPrice);
