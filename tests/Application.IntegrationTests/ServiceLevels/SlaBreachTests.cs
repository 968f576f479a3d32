using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Events;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.ServiceLevels.Commands.RecordSlaBreaches;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Domain.Events;

namespace SupportDesk.Application.IntegrationTests.ServiceLevels;

/// <summary>
/// The breach job on MariaDB: a ticket past its target gets exactly one history line and one
/// <c>ticket.sla_breached</c> event per target missed, however many runs see it, also when two processes run the job
/// at the same moment (the ticket's concurrency token lets one of them record it).
/// </summary>
public sealed class SlaBreachTests : DatabaseTest
{
    private static readonly DateTime Start = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, DateTime.UtcNow.Day,
        DateTime.UtcNow.Hour, DateTime.UtcNow.Minute, 0, DateTimeKind.Utc);

    private readonly ManualClock _clock = new(Start);

    private Desk Process() => Desk.Create("MySql", Database.ConnectionString,
        configure: services => services.AddSingleton<TimeProvider>(_clock));

    [Test]
    public async Task A_ticket_past_its_assignment_target_gets_one_line_and_one_event_however_many_runs()
    {
        await using var first = Process();
        await using var second = Process();
        var (customer, order) = await ArrangeAsync(first);
        var ticket = await first.SendAsync(Open(order, ReturnReason.Damaged), customer); // High: assign within 15 min

        _clock.Set(Start.AddMinutes(15));
        var early = await first.SendAsync(new RecordSlaBreachesCommand());
        _clock.Set(Start.AddMinutes(16));
        var runs = await Task.WhenAll(first.SendAsync(new RecordSlaBreachesCommand()), second.SendAsync(new RecordSlaBreachesCommand()));
        var again = await Task.WhenAll(first.SendAsync(new RecordSlaBreachesCommand()), second.SendAsync(new RecordSlaBreachesCommand()));

        var lines = await first.QueryAsync(db => db.TicketEvents
            .Where(e => e.TicketId == ticket.Id && e.Type == TicketEventType.SlaBreached).ToListAsync());
        var events = await first.QueryAsync(db => db.IntegrationEvents.Where(e => e.Type == EventTypes.TicketSlaBreached).ToListAsync());
        var read = await first.SendAsync(new GetTicketQuery(ticket.Id), Desk.Manager);
        Assert.Multiple(() =>
        {
            Assert.That(early.Due, Is.Zero, "at the due time itself nothing is missed yet");
            Assert.That(runs.Sum(r => r.Recorded), Is.EqualTo(1));
            Assert.That(again.Sum(r => r.Due), Is.Zero, "recorded: the job no longer reads it until its resolution is due");
            Assert.That(lines.Select(l => (l.Detail, l.Actor)), Is.EqualTo(new[] { ("Assignment target missed", "SupportDesk") }));
            Assert.That(events, Has.Count.EqualTo(1));
            Assert.That(events[0].Subject, Is.EqualTo($"ticket:{ticket.Id}"));
            Assert.That((read.AssignBy, read.ResolveBy), Is.EqualTo((Start.AddMinutes(15), Start.AddMinutes(240))));
            Assert.That((read.AssignBreached, read.ResolveBreached), Is.EqualTo((true, false)));
        });

        var data = JsonNode.Parse(events[0].Data)!.AsObject();
        var breached = JsonSerializer.Deserialize<TicketDto>(events[0].Data, EventJson.Options)!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)data["target"], Is.EqualTo("Assignment"));
            Assert.That(breached.AssignBreached, Is.True, "the event carries the ticket as read right after the breach");
            Assert.That(breached.History.Last().Type, Is.EqualTo(TicketEventType.SlaBreached));
        });
    }

    [Test]
    public async Task Two_processes_racing_over_many_tickets_record_each_breach_exactly_once()
    {
        const int count = 30;
        await using var first = Process();
        await using var second = Process();
        var (customer, order) = await ArrangeAsync(first, count);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await first.SendAsync(Open(order, (ReturnReason)(i % 6)), customer)).Id);
        }

        // A week later every ticket missed both targets, whatever its priority.
        _clock.Set(Start.AddDays(7));
        var runs = new List<SlaBreachRun>();
        for (var round = 0; round < 3; round++)
        {
            runs.AddRange(await Task.WhenAll(
                first.SendAsync(new RecordSlaBreachesCommand(7)), second.SendAsync(new RecordSlaBreachesCommand(7)),
                first.SendAsync(new RecordSlaBreachesCommand(7)), second.SendAsync(new RecordSlaBreachesCommand(7))));
        }

        while ((await first.SendAsync(new RecordSlaBreachesCommand())).Due > 0)
        {
        }

        var lines = await first.QueryAsync(db => db.TicketEvents.Where(e => e.Type == TicketEventType.SlaBreached)
            .GroupBy(e => e.TicketId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var events = await first.QueryAsync(db => db.IntegrationEvents.Where(e => e.Type == EventTypes.TicketSlaBreached)
            .Select(e => e.Data).ToListAsync());
        var targets = events.Select(d => (string?)JsonNode.Parse(d)!["target"]).ToList();
        var pending = await first.QueryAsync(db => db.Tickets.CountAsync(t => t.SlaCheckAt != null));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(l => l.Key), Is.EquivalentTo(ids));
            Assert.That(lines.All(l => l.Count == 2), Is.True, "one line per target per ticket");
            Assert.That(events, Has.Count.EqualTo(2 * count));
            Assert.That(targets.Count(t => t == "Assignment"), Is.EqualTo(count));
            Assert.That(targets.Count(t => t == "Resolution"), Is.EqualTo(count));
            Assert.That(pending, Is.Zero, "every target settled");
        });
        TestContext.Out.WriteLine($"recorded {runs.Sum(r => r.Recorded)} in the racing rounds, {runs.Sum(r => r.Conflicts)} conflicts");
    }

    [Test]
    public async Task A_ticket_served_in_time_is_never_breached_and_one_assigned_late_is_recorded()
    {
        await using var desk = Process();
        var (customer, order) = await ArrangeAsync(desk);
        var agent = await desk.CreateAgentAsync("sla-agent@it.local", "Sla Agent");
        var inTime = await desk.SendAsync(Open(order, ReturnReason.Damaged), customer);
        _clock.Set(Start.AddMinutes(1));
        await desk.AssignAsync();
        var late = await desk.SendAsync(Open(order, ReturnReason.Damaged), customer);
        await desk.SendAsync(new ResolveTicketCommand(inTime.Id, ResolutionOutcome.Refund, "Refunded."), agent.Actor);
        _clock.Set(Start.AddMinutes(30));
        await desk.AssignAsync();

        await desk.SendAsync(new RecordSlaBreachesCommand());

        var history = await desk.QueryAsync(db => db.TicketEvents.Where(e => e.Type == TicketEventType.SlaBreached)
            .Select(e => new { e.TicketId, e.Detail }).ToListAsync());
        var readLate = await desk.SendAsync(new GetTicketQuery(late.Id), Desk.Manager);
        var readInTime = await desk.SendAsync(new GetTicketQuery(inTime.Id), Desk.Manager);
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(h => (h.TicketId, h.Detail)), Is.EqualTo(new[] { (late.Id, (string?)"Assignment target missed") }));
            Assert.That((readLate.AssignBreached, readLate.ResolveBreached), Is.EqualTo((true, false)));
            Assert.That((readInTime.AssignBreached, readInTime.ResolveBreached), Is.EqualTo((false, false)));
        });
    }

    private async Task<(Actor Customer, OrderDto Order)> ArrangeAsync(Desk desk, int quantity = 10)
    {
        _clock.Set(Start);
        var customer = await desk.RegisterCustomerAsync("sla-customer@it.local");
        var order = await desk.ImportOrderAsync("SO-SLA-1", customer.Email, ("SKU-1", quantity));
        return (customer, order);
    }

    private static OpenTicketCommand Open(OrderDto order, ReturnReason reason) =>
        new(order.Id, order.Lines[0].Id, 1, reason, "Please take it back.");
}
