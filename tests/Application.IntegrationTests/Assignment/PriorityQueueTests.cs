using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Commands.OpenTicket;

namespace SupportDesk.Application.IntegrationTests.Assignment;

/// <summary>
/// The queue on MariaDB: the highest effective priority first (a ticket counts one level higher per
/// <c>Assignment:PromoteAfterMinutes</c>, 30 by default, that it has waited), then the oldest. With every agent away,
/// tickets of each priority are opened at known times on a manual clock; agents come back one at a time and each
/// takes exactly the ticket the rule says, an aged Low ticket overtaking younger High ones.
/// </summary>
public sealed class PriorityQueueTests : DatabaseTest
{
    private static readonly DateTime Start = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, DateTime.UtcNow.Day,
        DateTime.UtcNow.Hour, DateTime.UtcNow.Minute, 0, DateTimeKind.Utc);

    private readonly ManualClock _clock = new(Start);

    private Desk Process() => Desk.Create("MySql", Database.ConnectionString,
        configure: services => services.AddSingleton<TimeProvider>(_clock));

    [Test]
    public async Task Agents_coming_back_take_tickets_by_effective_priority_then_age()
    {
        await using var desk = Process();
        var (tickets, agents) = await ArrangeAsync(desk);

        var taken = new List<string>();
        for (var i = 0; i < agents.Count; i++)
        {
            taken.Add(await BringBackAsync(desk, [desk], agents[i], tickets));
        }

        Assert.That(taken, Is.EqualTo(ExpectedOrder));
    }

    [Test]
    public async Task Two_processes_serve_the_same_order()
    {
        await using var first = Process();
        await using var second = Process();
        var (tickets, agents) = await ArrangeAsync(first);

        var taken = new List<string>();
        for (var i = 0; i < agents.Count; i++)
        {
            taken.Add(await BringBackAsync(first, [first, second], agents[i], tickets));
        }

        Assert.That(taken, Is.EqualTo(ExpectedOrder));
    }

    /// <summary>
    /// At +40 min: N1 (waited 40, Normal → High) before H1 and H2 (High); L1 (waited 40) counts as Normal, L2 (15)
    /// as Low. At +65 min, L1 has waited 65 minutes and counts as High, and being the oldest it goes before H1 and
    /// H2; L2 (waited 40) is Normal, after them.
    /// </summary>
    private static readonly string[] ExpectedOrder = ["N1", "L1", "H1", "H2", "L2"];

    /// <summary>Five agents, all away; L1 (Low) at +0, N1 (Normal) at +10, H1 (High) at +20, L2 (Low) at +25,
    /// H2 (High) at +35 minutes; the clock then at +40.</summary>
    private async Task<(Dictionary<Guid, string> Tickets, List<(Actor Actor, Guid Id)> Agents)> ArrangeAsync(Desk desk)
    {
        _clock.Set(Start);
        var customer = await desk.RegisterCustomerAsync("queue-customer@it.local");
        var order = await desk.ImportOrderAsync("SO-QUEUE-1", customer.Email, ("SKU-1", 10));
        var agents = new List<(Actor Actor, Guid Id)>();
        for (var i = 0; i < 5; i++)
        {
            var agent = await desk.CreateAgentAsync($"queue-agent{i}@it.local", $"Agent {i}");
            await desk.SendAsync(new SetAgentAvailabilityCommand(agent.Id, false), agent.Actor);
            agents.Add(agent);
        }

        var tickets = new Dictionary<Guid, string>();
        async Task OpenAt(string name, int atMinute, ReturnReason reason)
        {
            _clock.Set(Start.AddMinutes(atMinute));
            var ticket = await desk.SendAsync(Open(order, reason), customer);
            tickets[ticket.Id] = name;
        }

        await OpenAt("L1", 0, ReturnReason.NoLongerNeeded);
        await OpenAt("N1", 10, ReturnReason.Other);
        await OpenAt("H1", 20, ReturnReason.Damaged);
        await OpenAt("L2", 25, ReturnReason.NoLongerNeeded);
        await OpenAt("H2", 35, ReturnReason.WrongItem);
        _clock.Set(Start.AddMinutes(40));

        var priorities = await desk.QueryAsync(db => db.Tickets.ToDictionaryAsync(t => t.Id, t => t.Priority));
        Assert.That(tickets.OrderBy(t => t.Value).Select(t => priorities[t.Key]), Is.EqualTo(new[]
        {
            TicketPriority.High, TicketPriority.High, TicketPriority.Low, TicketPriority.Low, TicketPriority.Normal,
        }), "H1, H2, L1, L2, N1 from their reasons");
        return (tickets, agents);
    }

    private static OpenTicketCommand Open(OrderDto order, ReturnReason reason) =>
        new(order.Id, order.Lines[0].Id, 1, reason, "Please take it back.");

    /// <summary>One agent comes back; every process runs the assignment at once; the name of the ticket the agent
    /// took. The second agent comes back 25 minutes after the first, the others a minute apart.</summary>
    private async Task<string> BringBackAsync(Desk desk, Desk[] processes, (Actor Actor, Guid Id) agent,
        Dictionary<Guid, string> tickets)
    {
        if (_clock.GetUtcNow().UtcDateTime == Start.AddMinutes(41))
        {
            _clock.Set(Start.AddMinutes(65));
        }
        else
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        await desk.SendAsync(new SetAgentAvailabilityCommand(agent.Id, true), agent.Actor);
        var runs = await Task.WhenAll(processes.Select(p => p.AssignAsync()));
        Assert.That(runs.Sum(r => r.Assigned), Is.EqualTo(1), "one ticket per agent back");
        var ticketId = await desk.QueryAsync(db => db.Tickets.Where(t => t.HolderAgentId == agent.Id)
            .Select(t => t.Id).SingleAsync());
        return tickets[ticketId];
    }
}
