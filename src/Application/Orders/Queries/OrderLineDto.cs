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

    /// <summary>False for a final sale: no ticket can be opened on the line.</summary>
    public bool Returnable { get; init; }

    /// <summary>
    /// The last instant (UTC, the end of the window's last day) a ticket can be opened on the line under the shop's
    /// default return window (<c>Returns:WindowDays</c>), counted from <c>deliveredAt</c>, else <c>placedAt</c>; null
    /// for a final sale. Some reasons have a longer window of their own (<c>Returns:WindowDaysByReason</c>, e.g. a
    /// defect): a front end that does not know the reason yet can only show the default one, which is the shortest a
    /// customer is promised; opening a ticket applies the window of its reason.
    /// </summary>
    public DateTime? ReturnableUntil { get; init; }
}
