using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Demo.Commands.SeedDemoData;
using SupportDesk.Domain.Tickets;

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

    [Test]
    public async Task The_demo_shows_a_closed_return_window_and_a_final_sale_line()
    {
        await Desk.SendAsync(new SeedDemoDataCommand("SupportDesk-Demo-1"));
        var policy = Desk.Services.GetRequiredService<ReturnPolicy>();

        var orders = await Desk.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(orders.Where(o => policy.ReturnableUntil(o) < DateTime.UtcNow).Select(o => o.Number),
                Is.EqualTo(new[] { "DEMO-1900" }), "only the demo order delivered months ago is closed");
            Assert.That(orders.Single(o => o.Number == "DEMO-1900").DeliveredAt, Is.Not.Null);
            Assert.That(orders.SelectMany(o => o.Lines).Where(l => !l.Returnable).Select(l => l.Sku),
                Is.EqualTo(new[] { "GC-050" }));
        });
    }

    [Test]
    public async Task The_demo_has_tickets_of_each_priority_waiting_or_in_progress_and_one_a_manager_raised()
    {
        await Desk.SendAsync(new SeedDemoDataCommand("SupportDesk-Demo-1"));

        var current = await Desk.QueryAsync(db => db.Tickets.AsNoTracking()
            .Where(t => t.Status != TicketStatus.Resolved).Select(t => t.Priority).Distinct().ToListAsync());
        var raised = await Desk.QueryAsync(db => db.TicketEvents.AsNoTracking()
            .Where(e => e.Type == TicketEventType.PriorityChanged).Select(e => e.Detail).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(current, Is.EquivalentTo(Enum.GetValues<TicketPriority>()));
            Assert.That(raised, Is.EqualTo(new[] { "Normal → High" }));
        });
    }

    [Test]
    public async Task The_demo_has_a_ticket_in_progress_with_a_conversation_and_an_internal_note()
    {
        await Desk.SendAsync(new SeedDemoDataCommand("SupportDesk-Demo-1"));

        var threads = await Desk.QueryAsync(db => db.TicketMessages.AsNoTracking()
            .GroupBy(m => m.TicketId).Select(g => new { g.Key, Count = g.Count(), Notes = g.Count(m => m.Internal) }).ToListAsync());
        var ticket = await Desk.QueryAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Id == threads[0].Key));

        Assert.Multiple(() =>
        {
            Assert.That(threads, Has.Count.EqualTo(1));
            Assert.That((threads[0].Count, threads[0].Notes), Is.EqualTo((3, 1)));
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(ticket.MessageCount, Is.EqualTo(2), "the note is not counted");
        });
    }
}
