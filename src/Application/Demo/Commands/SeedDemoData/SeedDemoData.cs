using Microsoft.Extensions.Logging;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Demo.Commands.SeedDemoData;

/// <summary>
/// Fills an empty desk with demo data (<c>Seed:Demo</c>): a manager, three agents, three customers with orders, two
/// weeks of resolved tickets, two tickets in progress, an agent away and two tickets waiting; the first customer also
/// has an order whose return window has closed (delivered months ago) and an order with a final-sale line. Everything goes
/// through the domain, as real use would, in one transaction; a second run finds the demo agents and does nothing.
/// Sent by the hosts at start-up only (no endpoint).
/// </summary>
public sealed record SeedDemoDataCommand(string Password) : IRequest<bool>;

public sealed class SeedDemoDataHandler(
    IApplicationDbContext db,
    IIdentityService identity,
    TimeProvider clock,
    ILogger<SeedDemoDataHandler> logger) : IRequestHandler<SeedDemoDataCommand, bool>
{
    public const string ManagerEmail = "manager@demo.local";

    private static readonly (string Sku, string Name, decimal Price)[] Catalogue =
    [
        ("KB-104", "Mechanical keyboard", 89.90m), ("MS-220", "Wireless mouse", 29.50m),
        ("HD-310", "Noise-cancelling headphones", 199.00m), ("MN-270", "27\" monitor", 249.00m),
        ("CB-010", "USB-C cable 2 m", 12.90m), ("WC-900", "HD webcam", 59.00m),
        ("DS-050", "Laptop stand", 39.90m), ("SP-440", "Bluetooth speaker", 74.00m),
    ];

    private static readonly string[] Descriptions =
    [
        "Arrived with a cracked casing.", "Stops working after a few minutes.", "I ordered the black one, got white.",
        "Smaller than the pictures suggest.", "Bought a second one by mistake.", "Two keys do not register.",
    ];

    public async Task<bool> Handle(SeedDemoDataCommand request, CancellationToken cancellationToken)
    {
        if (await db.Agents.AnyAsync(a => a.Email == "agent1@demo.local", cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await identity.IsEmailTakenAsync(ManagerEmail, null, cancellationToken))
        {
            await identity.CreateUserAsync(ManagerEmail, request.Password, "Morgan Manager", Roles.Manager, cancellationToken);
        }

        var agents = new List<Agent>();
        foreach (var (i, name) in new[] { (1, "Alex Agent"), (2, "Blake Agent"), (3, "Casey Agent") })
        {
            var email = $"agent{i}@demo.local";
            var userId = await identity.CreateUserAsync(email, request.Password, name, Roles.Agent, cancellationToken);
            agents.Add(new Agent(name, email, userId, now.AddDays(-20)));
        }

        db.Agents.AddRange(agents);
        var lines = new List<(Customer Customer, Order Order, OrderLine Line)>();
        foreach (var (i, name) in new[] { (1, "Dana Customer"), (2, "Eli Customer"), (3, "Fran Customer") })
        {
            var email = $"customer{i}@demo.local";
            var userId = await identity.CreateUserAsync(email, request.Password, name, Roles.Customer, cancellationToken);
            var customer = await db.Customers.SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
            if (customer is null)
            {
                customer = new Customer(name, email, userId, now.AddDays(-40));
                db.Customers.Add(customer);
            }
            else
            {
                customer.LinkAccount(userId, name);
            }

            for (var o = 0; o < 3; o++)
            {
                var items = Enumerable.Range(0, 3).Select(k => Catalogue[(i * 3 + o * 2 + k) % Catalogue.Length])
                    .Select(p => new NewOrderLine(p.Sku, p.Name, 4, p.Price));
                var order = Order.Place($"DEMO-{i}{o + 1:D3}", customer, now.AddDays(-30 + (o * 5) + i), items, now);
                db.Orders.Add(order);
                lines.AddRange(order.Lines.Select(l => (customer, order, l)));
            }

            if (i == 1)
            {
                AddReturnPolicyExamples(customer, now);
            }
        }

        var next = 0;
        // The history is made under the default window: the orders above are all inside it (placed at most 29 days
        // ago), whatever a deployment configures later.
        Ticket Open(DateTime at)
        {
            var (customer, order, line) = lines[next % lines.Count];
            var ticket = Ticket.Open(TicketNumber.New(), customer, order, line.Id, 1, (ReturnReason)(next % 6),
                Descriptions[next % Descriptions.Length], ReturnPolicy.Default, at);
            next++;
            db.Tickets.Add(ticket);
            return ticket;
        }

        // Two weeks of history, a few tickets a day, so the dashboard's chart and medians have something to show.
        for (var day = 13; day >= 1; day--)
        {
            for (var k = 0; k < 1 + (day % 3); k++)
            {
                var opened = now.Date.AddDays(-day).AddHours(9 + (k * 2));
                var ticket = Open(opened);
                var agent = agents[(day + k) % agents.Count];
                ticket.AssignTo(agent, opened.AddMinutes(3 + k));
                ticket.Resolve(agent, (ResolutionOutcome)((day + k) % 4), "Handled with the customer by email.",
                    opened.AddHours(1 + k));
            }
        }

        var busy = Open(now.AddMinutes(-25));
        busy.AssignTo(agents[0], now.AddMinutes(-24));
        AddConversation(busy, lines.First(l => l.Customer.Id == busy.CustomerId).Customer, agents[0], now);
        var alsoBusy = Open(now.AddMinutes(-12));
        alsoBusy.AssignTo(agents[2], now.AddMinutes(-11));
        agents[1].GoAway();
        // The reasons cycle, so every priority shows up (these two: NoLongerNeeded, Low; Other, Normal); a manager
        // raised the last one, which shows the change in its history and puts it first in the queue.
        Open(now.AddMinutes(-8));
        Open(now.AddMinutes(-3)).ChangePriority(TicketPriority.High, Roles.Manager, now.AddMinutes(-2));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo data seeded: {Agents} agents, {Tickets} tickets", agents.Count, next);
        return true;
    }

    /// <summary>A conversation on a ticket in progress: the customer's detail, the agent's question, a note for the staff.</summary>
    private void AddConversation(Ticket ticket, Customer customer, Agent agent, DateTime now)
    {
        var buyer = MessageAuthor.Customer(customer.Id, customer.FullName, customer.UserId!);
        var holder = MessageAuthor.Agent(agent.Id, agent.FullName, agent.UserId!);
        db.TicketMessages.Add(ticket.AddMessage(buyer, "One side of the box was crushed; I kept the packaging.", false, [], now.AddMinutes(-23)));
        db.TicketMessages.Add(ticket.AddMessage(holder, "Thank you. Is the item itself damaged, or only the box?", false, [], now.AddMinutes(-20)));
        db.TicketMessages.Add(ticket.AddMessage(holder, "Third damage report on this courier route this week.", true, [], now.AddMinutes(-19)));
    }

    /// <summary>What the return policy refuses, to try in the demo: an order delivered four months ago (its window
    /// closed, except for a defect) and a recent order with a final-sale line next to a returnable one.</summary>
    private void AddReturnPolicyExamples(Customer customer, DateTime now)
    {
        db.Orders.Add(Order.Place("DEMO-1900", customer, now.AddDays(-125),
            [new NewOrderLine("TB-600", "Tablet sleeve", 1, 24.90m)], now, deliveredAt: now.AddDays(-120)));
        db.Orders.Add(Order.Place("DEMO-1901", customer, now.AddDays(-3),
            [
                new NewOrderLine("GC-050", "Gift card (final sale)", 1, 50.00m, Returnable: false),
                new NewOrderLine("MS-220", "Wireless mouse", 1, 29.50m),
            ], now, deliveredAt: now.AddDays(-1)));
    }
}
