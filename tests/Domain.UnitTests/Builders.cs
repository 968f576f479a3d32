using NUnit.Framework.Constraints;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Domain.UnitTests;

/// <summary>Fixed UTC instants, so every expectation about a timestamp is exact.</summary>
internal static class Times
{
    public static readonly DateTime OrderPlaced = new(2026, 3, 1, 14, 30, 0, DateTimeKind.Utc);
    public static readonly DateTime AgentCreated = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Opened = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Assigned = new(2026, 3, 2, 9, 5, 0, DateTimeKind.Utc);
    public static readonly DateTime Resolved = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Later = new(2026, 3, 2, 11, 0, 0, DateTimeKind.Utc);
}

internal static class Build
{
    public static Customer Customer(string fullName = "Ada Lovelace", string email = "ada@example.com") =>
        new(fullName, email, userId: null, Times.OrderPlaced.AddDays(-30));

    public static Agent Agent(string fullName = "Grace Hopper", string email = "grace@support.example", DateTime? at = null) =>
        new(fullName, email, userId: Guid.NewGuid().ToString(), at ?? Times.AgentCreated);

    public static NewOrderLine Line(string sku = "KETTLE-1", int quantity = 3, decimal unitPrice = 49.90m,
        bool returnable = true) =>
        new(sku, $"Product {sku}", quantity, unitPrice, returnable);

    public static Order Order(Customer customer, params NewOrderLine[] lines) =>
        Domain.Orders.Order.Place("SO-1001", customer, Times.OrderPlaced, lines.Length == 0 ? [Line()] : lines,
            Times.OrderPlaced.AddMinutes(1));

    public static Ticket Ticket(Customer customer, Order order, int quantity = 1, OrderLine? line = null,
        DateTime? at = null) =>
        Domain.Tickets.Ticket.Open(TicketNumber.New(), customer, order, (line ?? order.Lines.First()).Id, quantity,
            ReturnReason.Damaged, "Arrived with a cracked lid.", ReturnPolicy.Default, at ?? Times.Opened);
}

/// <summary>One customer with one order of one line (quantity 3 unless told), ready to open tickets on.</summary>
internal sealed class Shop
{
    public Shop(int lineQuantity = 3)
    {
        Customer = Build.Customer();
        Order = Build.Order(Customer, Build.Line(quantity: lineQuantity));
    }

    public Customer Customer { get; }

    public Order Order { get; }

    public OrderLine Line => Order.Lines.First();

    public Ticket OpenTicket(int quantity = 1, DateTime? at = null) => Build.Ticket(Customer, Order, quantity, at: at);

    /// <summary>A ticket in progress, held by <paramref name="agent"/>.</summary>
    public Ticket TicketHeldBy(Agent agent, int quantity = 1)
    {
        var ticket = OpenTicket(quantity);
        ticket.AssignTo(agent, Times.Assigned);
        return ticket;
    }
}

internal static class Refused
{
    /// <summary>A <see cref="DomainException"/> (or subclass) carrying the given stable code.</summary>
    public static IResolveConstraint With(string code) =>
        Throws.InstanceOf<DomainException>().With.Property(nameof(DomainException.Code)).EqualTo(code);
}
