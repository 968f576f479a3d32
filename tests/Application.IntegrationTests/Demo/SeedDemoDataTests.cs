using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Demo.Commands.SeedDemoData;
using SupportDesk.Application.Orders.Queries.GetOrder;
using SupportDesk.Application.Orders.Queries.GetOrders;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.IntegrationTests.Demo;

/// <summary>The demo data. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class SeedDemoDataTests : DatabaseTest
{
    [Test]
    public async Task Seeding_the_demo_twice_creates_it_once()
    {
        Assert.That(await Desk.SendAsync(new SeedDemoDataCommand("SupportDesk-Demo-1")), Is.True);
        var counts = await Counts();

        Assert.That(await Desk.SendAsync(new SeedDemoDataCommand("SupportDesk-Demo-1")), Is.False);
        Assert.That(await Counts(), Is.EqualTo(counts));
        Assert.That(counts.Tickets, Is.GreaterThan(20));

        Task<(int Users, int Agents, int Orders, int Tickets)> Counts() => Desk.QueryAsync(async db =>
            (await db.Users.CountAsync(), await db.Agents.CountAsync(), await db.Orders.CountAsync(), await db.Tickets.CountAsync()));
    }
}
