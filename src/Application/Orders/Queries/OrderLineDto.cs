namespace SupportDesk.Application.Orders.Queries;

public sealed record OrderLineDto
{
    public Guid Id { get; init; }

    public string Sku { get; init; } = string.Empty;

    public string ProductName { get; init; } = string.Empty;

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }

    /// <summary>How many items of the line a new ticket may still ask to return.</summary>
    public int ReturnableQuantity { get; init; }
}
