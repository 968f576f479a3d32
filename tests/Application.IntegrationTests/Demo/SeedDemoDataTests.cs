using SupportDesk.Application.Demo.Commands.SeedDemoData;

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
