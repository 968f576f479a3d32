using System.Collections.Concurrent;
using System.Diagnostics;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>
/// Many tickets opened, assigned and resolved at once by workers spread over two independent service providers
/// (as two processes would be), on one database. Afterwards no agent ever held two tickets, no ticket was lost and
/// every history is the workflow in order.
/// </summary>
public sealed class ConcurrencyTests : DatabaseTest
{
    private const int Agents = 24;
    private const int Customers = 8;
    private const int Workers = 8;
    private const int TicketsPerWorker = 40;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Test]
    public async Task A_burst_over_two_processes_never_gives_an_agent_two_tickets_and_loses_none()
    {
        await using var second = Desk.Create("MySql", Database.ConnectionString);
        var desks = new[] { Desk, second };

        var agents = new List<(Actor Actor, Guid Id)>();
        for (var i = 0; i < Agents; i++)
        {
            agents.Add(await Desk.CreateAgentAsync($"agent{i}@burst.local", $"Agent {i}"));
        }

        var customers = new List<(Actor Actor, OrderDto Order)>();
        for (var i = 0; i < Customers; i++)
        {
            var customer = await Desk.RegisterCustomerAsync($"customer{i}@burst.local");
            customers.Add((customer, await Desk.ImportOrderAsync($"SO-BURST-{i}", customer.Email, ("SKU-A", 500), ("SKU-B", 500))));
        }

        var total = Workers * TicketsPerWorker;
        var acknowledged = new ConcurrentBag<Guid>();
        var refusals = new ConcurrentBag<string>();
        var conflicts = 0;
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(Limit);

        async Task Work(int worker)
        {
            var desk = desks[worker % 2];
            var (customer, order) = customers[worker % Customers];
            var myAgents = agents.Where((_, index) => index % Workers == worker).ToList();
            var opened = 0;
            var random = new Random(worker);
            while (!timeout.IsCancellationRequested)
            {
                if (opened < TicketsPerWorker)
                {
                    var line = order.Lines[random.Next(order.Lines.Count)];
                    var ticket = await desk.SendAsync(
                        new OpenTicketCommandFactory(order, line.Id).Create(), customer);
                    acknowledged.Add(ticket.Id);
                    opened++;
                }

                var run = await desk.AssignAsync();
                Interlocked.Add(ref conflicts, run.Conflicts);

                foreach (var agent in myAgents)
                {
                    var me = await desk.SendAsync(new GetMyAgentQuery(), agent.Actor);
                    if (me.CurrentTicket is { } current)
                    {
                        try
                        {
                            await desk.SendAsync(new ResolveTicketCommand(current.Id, ResolutionOutcome.Refund, "Refunded."), agent.Actor);
                        }
                        catch (Exception ex) when (ex is ConflictException or DomainException)
                        {
                            refusals.Add(ex.Message);
                        }
                    }
                }

                if (opened == TicketsPerWorker && await desk.QueryAsync(db => db.Tickets.CountAsync(t => t.Status != TicketStatus.Resolved)) == 0
                    && acknowledged.Count == total)
                {
                    return;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(() => Work(worker))));
        clock.Stop();

        var tickets = await Desk.QueryAsync(db => db.Tickets.AsNoTracking().Include(t => t.History).ToListAsync());
        var overlaps = CountOverlaps(tickets);
        var badHistories = tickets.Count(t => !t.History.OrderBy(h => h.At).Select(h => h.Type)
            .SequenceEqual([TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Resolved]));
        var claimed = await Desk.QueryAsync(db => db.OrderLines.SumAsync(l => l.ClaimedQuantity));
        var busyAgents = await Desk.QueryAsync(db => db.Agents.CountAsync(a => a.CurrentTicketId != null));

        TestContext.Out.WriteLine(
            $"Concurrency: {tickets.Count} tickets, {Agents} agents, {Workers} workers over 2 service providers, " +
            $"{clock.Elapsed.TotalSeconds:F1} s, {conflicts} assignment conflicts retried, {refusals.Count} refused resolves, " +
            $"{overlaps} overlapping holds, {badHistories} inconsistent histories");
        Assert.Multiple(() =>
        {
            Assert.That(timeout.IsCancellationRequested, Is.False, $"the burst did not finish within {Limit}");
            Assert.That(tickets, Has.Count.EqualTo(total), "every acknowledged ticket is stored");
            Assert.That(tickets.Select(t => t.Id), Is.EquivalentTo(acknowledged));
            Assert.That(tickets.Select(t => t.Status), Is.All.EqualTo(TicketStatus.Resolved));
            Assert.That(overlaps, Is.Zero, "an agent held two tickets at once");
            Assert.That(badHistories, Is.Zero);
            Assert.That(claimed, Is.EqualTo(total));
            Assert.That(busyAgents, Is.Zero);
            Assert.That(refusals, Is.Empty, "each agent resolves only its own tickets, so no resolve may be refused");
        });
    }

    /// <summary>Per agent, the [assigned, resolved] intervals of its tickets never overlap.</summary>
    private static int CountOverlaps(IEnumerable<Ticket> tickets) =>
        tickets.Where(t => t.AssignedAgentId is not null)
            .GroupBy(t => t.AssignedAgentId)
            .Sum(group =>
            {
                var holds = group.OrderBy(t => t.AssignedAt).ToList();
                return holds.Zip(holds.Skip(1)).Count(pair => pair.Second.AssignedAt < pair.First.ResolvedAt);
            });

    private sealed record OpenTicketCommandFactory(OrderDto Order, Guid LineId)
    {
        public Tickets.Commands.OpenTicket.OpenTicketCommand Create() =>
            new(Order.Id, LineId, 1, ReturnReason.Defective, "Stopped working.");
    }
}
