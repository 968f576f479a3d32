using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Support;

internal static class Build
{
    public static readonly DateTime Now = FixedClock.Default.UtcDateTime;

    public static Customer Customer(string userId = "customer-1", string email = "ada@example.com") =>
        new("Ada Lovelace", email, userId, Now.AddDays(-30));

    public static Order Order(Customer customer, int lineQuantity = 3, string number = "SO-1001") =>
        Domain.Orders.Order.Place(number, customer, Now.AddDays(-2),
            [new NewOrderLine("KETTLE-1", "Kettle", lineQuantity, 49.90m)], Now.AddDays(-2));

    public static Agent Agent(string userId = "agent-1", string name = "Grace Hopper", DateTime? availableSince = null) =>
        new(name, $"{userId}@support.example", userId, availableSince ?? Now.AddHours(-8));

    public static Ticket Ticket(Customer customer, Order order, DateTime? createdAt = null) =>
        Domain.Tickets.Ticket.Open(TicketNumber.New(), customer, order, order.Lines.First().Id, 1,
            ReturnReason.Damaged, "Arrived with a cracked lid.", ReturnPolicy.Default, createdAt ?? Now.AddHours(-1));
}
