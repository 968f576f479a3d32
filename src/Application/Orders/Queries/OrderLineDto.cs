namespace SupportDesk.Application.Orders.Queries;

/// <summary>A line of an order: one product and how many.</summary>
public sealed record OrderLineDto
{
    /// <summary>The line id, to open a ticket on.</summary>
    public Guid Id { get; init; }

    /// <summary>The product's SKU.</summary>
    public string Sku { get; init; } = string.Empty;

    /// <summary>The product's name.</summary>
    public string ProductName { get; init; } = string.Empty;

    /// <summary>How many were ordered.</summary>
    public int Quantity { get; init; }

    /// <summary>The price of one, in the shop's currency.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>How many items of the line a new ticket may still ask to return.</summary>
    public int ReturnableQuantity { get; init; }
}
