using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Tickets.Commands.ReassignTicket;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.IntegrationTests.Tickets;

/// <summary>Managers moving tickets in progress, on MariaDB: the one-ticket-per-agent rule is the database's (unique
/// holder column, concurrency tokens), whatever two processes do at the same moment.</summary>
public sealed class ReassignTicketTests : DatabaseTest
{
    private const int Rounds = 8;

    private static string? CodeOf(Exception? refusal) => refusal switch
    {
        ConflictException conflict => conflict.Code,
        DomainException rule => rule.Code,
        _ => null,
    };

    [Test]
    public async Task Two_managers_handing_two_tickets_to_the_same_free_agent_at_once_give_it_exactly_one()
    {
        await using var second = Desk.Create("MySql", Database.ConnectionString);
        var world = await World.WithTicketsAsync(Desk, tickets: 2, agents: 2);
        await Desk.AssignAsync();

        for (var round = 0; round < Rounds; round++)
        {
            var free = await Desk.CreateAgentAsync($"free{round}@it.local", $"Free {round}");
            using var start = new SemaphoreSlim(0, 2);
            async Task<Exception?> Hand(Desk desk, Guid ticketId)
            {
                await start.WaitAsync();
                try
                {
                    await desk.SendAsync(new ReassignTicketCommand(ticketId, free.Id), Desk.Manager);
                    return null;
                }
                catch (Exception ex) when (ex is ConflictException or DomainException)
                {
                    return ex;
                }
            }

            var both = new[] { Task.Run(() => Hand(Desk, world.Tickets[0].Id)), Task.Run(() => Hand(second, world.Tickets[1].Id)) };
            start.Release(2);
            var outcomes = await Task.WhenAll(both);

            var held = await Desk.QueryAsync(db => db.Tickets.AsNoTracking().CountAsync(t => t.HolderAgentId == free.Id));
            var agent = await Desk.QueryAsync(db => db.Agents.AsNoTracking().SingleAsync(a => a.Id == free.Id));
            var tickets = await Desk.QueryAsync(db => db.Tickets.AsNoTracking().ToListAsync());
            var agents = await Desk.QueryAsync(db => db.Agents.AsNoTracking().Where(a => a.CurrentTicketId != null).ToListAsync());
            Assert.Multiple(() =>
            {
                Assert.That(outcomes.Count(o => o is null), Is.EqualTo(1), $"round {round}: exactly one hand-over wins");
                Assert.That(outcomes.Where(o => o is not null).Select(CodeOf), Is.EqualTo(new[] { AgentErrorCodes.Busy })
                    .Or.EqualTo(new[] { AgentErrorCodes.Changed }), $"round {round}: the other is told why");
                Assert.That(held, Is.EqualTo(1), $"round {round}: the agent holds one ticket");
                Assert.That(agent.CurrentTicketId, Is.Not.Null);
                Assert.That(tickets.Select(t => t.Status), Is.All.EqualTo(TicketStatus.InProgress));
                Assert.That(agents.Select(a => (a.Id, a.CurrentTicketId)),
                    Is.EquivalentTo(tickets.Select(t => (t.HolderAgentId!.Value, (Guid?)t.Id))),
                    $"round {round}: agents and tickets agree on who holds what");
            });
        }
    }
}
