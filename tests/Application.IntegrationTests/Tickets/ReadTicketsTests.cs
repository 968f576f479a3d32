using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Orders.Queries.GetOrder;
using SupportDesk.Application.Orders.Queries.GetOrders;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;

namespace SupportDesk.Application.IntegrationTests.Tickets;

/// <summary>Reading tickets and orders: who sees what, and the list's filters and pages. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class ReadTicketsTests : DatabaseTest
{
    [Test]
    public async Task A_customer_sees_only_their_own_tickets_and_orders()
    {
        var mine = await World.WithTicketsAsync(Desk, tickets: 2, prefix: "mine");
        var theirs = await World.WithTicketsAsync(Desk, tickets: 1, prefix: "theirs");

        var list = await Desk.SendAsync(new GetTicketsQuery { CustomerId = theirs.Order.CustomerId }, mine.Customer);
        var orders = await Desk.SendAsync(new GetOrdersQuery(), mine.Customer);

        Assert.Multiple(() =>
        {
            Assert.That(list.TotalCount, Is.EqualTo(2));
            Assert.That(list.Items.Select(t => t.CustomerId), Is.All.EqualTo(mine.Order.CustomerId));
            Assert.That(orders.Items.Select(o => o.Id), Is.EqualTo(new[] { mine.Order.Id }));
        });
        Assert.That(() => Desk.SendAsync(new GetTicketQuery(theirs.Tickets[0].Id), mine.Customer), Throws.InstanceOf<NotFoundException>());
        Assert.That(() => Desk.SendAsync(new GetOrderQuery(theirs.Order.Id), mine.Customer), Throws.InstanceOf<NotFoundException>());
    }

    [Test]
    public async Task Ticket_lists_filter_by_status_agent_text_and_dates_and_page()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 5, agents: 2);
        await Desk.AssignAsync();

        var inProgress = await Desk.SendAsync(new GetTicketsQuery { Status = [TicketStatus.InProgress] }, Desk.Manager);
        var byAgent = await Desk.SendAsync(new GetTicketsQuery { AgentId = world.Agents[0].Id }, Desk.Manager);
        var byNumber = await Desk.SendAsync(new GetTicketsQuery { Q = world.Tickets[3].Number.ToLowerInvariant() }, Desk.Manager);
        var byEmail = await Desk.SendAsync(new GetTicketsQuery { Q = "w-customer" }, Desk.Manager);
        var future = await Desk.SendAsync(new GetTicketsQuery { CreatedFrom = DateTime.UtcNow.AddHours(1) }, Desk.Manager);
        var page2 = await Desk.SendAsync(new GetTicketsQuery { Page = 2, PageSize = 2, OldestFirst = true }, Desk.Manager);

        Assert.Multiple(() =>
        {
            Assert.That(inProgress.TotalCount, Is.EqualTo(2));
            Assert.That(byAgent.Items.Select(t => t.Id), Is.EqualTo(new[] { world.Tickets[0].Id }));
            Assert.That(byNumber.Items.Select(t => t.Id), Is.EqualTo(new[] { world.Tickets[3].Id }));
            Assert.That(byEmail.TotalCount, Is.EqualTo(5));
            Assert.That(future.TotalCount, Is.Zero);
            Assert.That(page2.Items.Select(t => t.Id), Is.EqualTo(new[] { world.Tickets[2].Id, world.Tickets[3].Id }));
            Assert.That(page2.TotalCount, Is.EqualTo(5));
        });
    }
}
