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

    public IReadOnlyCollection<OrderLine> Lines => _lines.AsReadOnly();

    public static Order Place(string number, Customer customer, DateTime placedAt, IEnumerable<NewOrderLine> lines, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(lines);
        Guard.Utc(now);
        if (Guard.Utc(placedAt) > now.AddMinutes(5))
        {
            // A few minutes of tolerance for the shop's clock; an order from the future is a data error.
            throw new DomainException(OrderErrorCodes.Invalid, "An order cannot be placed in the future.");
        }

        var order = new Order(Guard.NotBlank(number, OrderErrorCodes.Invalid, "Order number", Limits.OrderNumberLength),
            customer.Id, placedAt, now);
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

    public bool BelongsTo(Customer customer) => customer.Id == CustomerId;

    public OrderLine? FindLine(Guid lineId) => _lines.Find(l => l.Id == lineId);
}
