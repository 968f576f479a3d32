using SupportDesk.Domain.Tickets;

namespace SupportDesk.Domain.Orders;

/// <summary>
/// One product line of an order. <see cref="ClaimedQuantity"/> is the part of the line that tickets already ask to
/// return (every ticket on the line except those resolved as <c>Rejected</c>). It is kept on the line, rather than
/// summed from tickets at open time, so that two tickets opened at once on the same line update the same row: the
/// concurrency token and the database check <c>ClaimedQuantity &lt;= Quantity</c> then refuse the second one
/// instead of letting both through.
/// </summary>
public sealed class OrderLine : Entity, IVersioned
{
    private OrderLine()
    {
        Sku = null!;
        ProductName = null!;
    }

    internal OrderLine(Guid orderId, NewOrderLine line)
    {
        OrderId = orderId;
        Sku = Guard.NotBlank(line.Sku, OrderErrorCodes.Invalid, "SKU", Limits.SkuLength);
        ProductName = Guard.NotBlank(line.ProductName, OrderErrorCodes.Invalid, "Product name", Limits.ProductNameLength);
        if (line.Quantity is < 1 or > Limits.MaxLineQuantity)
        {
            throw new DomainException(OrderErrorCodes.Invalid, $"A line's quantity is between 1 and {Limits.MaxLineQuantity}.");
        }

        if (line.UnitPrice < 0)
        {
            throw new DomainException(OrderErrorCodes.Invalid, "A unit price cannot be negative.");
        }

        Quantity = line.Quantity;
        UnitPrice = line.UnitPrice;
        Returnable = line.Returnable;
    }

    public Guid OrderId { get; private set; }

    public string Sku { get; private set; }

    public string ProductName { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    /// <summary>False for a final sale: no ticket can be opened on the line.</summary>
    public bool Returnable { get; private set; } = true;

    public int ClaimedQuantity { get; private set; }

    public int Version { get; private set; }

    public int ReturnableQuantity => Quantity - ClaimedQuantity;

    internal void Claim(int quantity)
    {
        if (quantity < 1)
        {
            throw new DomainException(TicketErrorCodes.InvalidQuantity, "At least one item must be returned.");
        }

        if (quantity > ReturnableQuantity)
        {
            throw new DomainException(TicketErrorCodes.QuantityExceeded,
                $"Only {ReturnableQuantity} of {Quantity} items of this line can still be returned.");
        }

        ClaimedQuantity += quantity;
    }

    internal void Release(int quantity)
    {
        if (quantity < 1 || quantity > ClaimedQuantity)
        {
            throw new InvalidOperationException($"Cannot release {quantity} of {ClaimedQuantity} claimed items.");
        }

        ClaimedQuantity -= quantity;
    }
}
