using SupportDesk.Domain.Customers;

namespace SupportDesk.Domain.Orders;

/// <summary>An order of one customer, pushed by the shop. Its lines are what a customer can return.</summary>
public sealed class Order : Entity
{
    private readonly List<OrderLine> _lines = [];

    private Order()
    {
        Number = null!;
    }

    private Order(string number, Guid customerId, DateTime placedAt, DateTime importedAt)
    {
        Number = number;
        CustomerId = customerId;
        PlacedAt = placedAt;
        ImportedAt = importedAt;
    }

    public string Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public DateTime PlacedAt { get; private set; }

    public DateTime ImportedAt { get; private set; }

    /// <summary>When the shop delivered it (UTC), if it said so; the return window counts from it.</summary>
    public DateTime? DeliveredAt { get; private set; }

    /// <summary>Where the return window starts: the delivery when known, else the purchase.</summary>
    public DateTime ReturnWindowStart => Tickets.ReturnPolicy.WindowStart(PlacedAt, DeliveredAt);

    public IReadOnlyCollection<OrderLine> Lines => _lines.AsReadOnly();

    /// <summary>How far ahead of our clock a shop's timestamp may be: the shop's clock is not ours.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static Order Place(string number, Customer customer, DateTime placedAt, IEnumerable<NewOrderLine> lines,
        DateTime now, DateTime? deliveredAt = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(lines);
        Guard.Utc(now);
        if (Guard.Utc(placedAt) > now + ClockTolerance)
        {
            // A few minutes of tolerance for the shop's clock; an order from the future is a data error.
            throw new DomainException(OrderErrorCodes.Invalid, "An order cannot be placed in the future.");
        }

        if (deliveredAt is { } delivered)
        {
            EnsureValidDelivery(delivered, placedAt, now);
        }

        var order = new Order(Guard.NotBlank(number, OrderErrorCodes.Invalid, "Order number", Limits.OrderNumberLength),
            customer.Id, placedAt, now) { DeliveredAt = deliveredAt };
        foreach (var line in lines)
        {
            order._lines.Add(new OrderLine(order.Id, line));
        }

        if (order._lines.Count is 0 or > Limits.MaxOrderLines)
        {
            throw new DomainException(OrderErrorCodes.Invalid, $"An order has between 1 and {Limits.MaxOrderLines} lines.");
        }

        if (order._lines.GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            throw new DomainException(OrderErrorCodes.Invalid, "Each SKU appears on one line of an order.");
        }

        order.Raise(new OrderImported(order.Id));
        return order;
    }

    /// <summary>The shop tells when the order was delivered (again, if it corrects itself); the return window now
    /// counts from that day.</summary>
    public void RecordDelivery(DateTime deliveredAt, DateTime now)
    {
        Guard.Utc(now);
        EnsureValidDelivery(deliveredAt, PlacedAt, now);
        DeliveredAt = deliveredAt;
        Raise(new OrderDeliveryUpdated(Id));
    }

    public bool BelongsTo(Customer customer) => customer.Id == CustomerId;

    public OrderLine? FindLine(Guid lineId) => _lines.Find(l => l.Id == lineId);

    private static void EnsureValidDelivery(DateTime deliveredAt, DateTime placedAt, DateTime now)
    {
        if (Guard.Utc(deliveredAt) > now + ClockTolerance)
        {
            throw new DomainException(OrderErrorCodes.Invalid, "An order cannot be delivered in the future.");
        }

        if (deliveredAt < placedAt)
        {
            throw new DomainException(OrderErrorCodes.Invalid, "An order cannot be delivered before it was placed.");
        }
    }
}
