using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;

namespace SupportDesk.Application.IntegrationTests.Tickets;

/// <summary>Resolving a ticket: Rule 4, and what resolving gives back (the agent, the items). End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class ResolveTicketTests : DatabaseTest
{
    [Test]
    public async Task Resolving_frees_the_agent_for_the_next_waiting_ticket()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 2, agents: 1);
        var agent = world.Agents[0];
        await Desk.AssignAsync();

        var resolved = await Desk.SendAsync(new ResolveTicketCommand(world.Tickets[0].Id, ResolutionOutcome.Refund, "Refunded."), agent.Actor);
        await Desk.AssignAsync();

        var desk = await Desk.SendAsync(new GetMyAgentQuery(), agent.Actor);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Status, Is.EqualTo(TicketStatus.Resolved));
            Assert.That(resolved.History.Select(h => h.Type),
                Is.EqualTo(new[] { TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Resolved }));
            Assert.That(desk.CurrentTicket?.Id, Is.EqualTo(world.Tickets[1].Id));
        });
    }

    [Test]
    public async Task Resolving_someone_elses_ticket_or_twice_is_refused()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 2);
        await Desk.AssignAsync();
        var (holder, other) = (world.Agents[0], world.Agents[1]);
        var ticket = world.Tickets[0].Id;

        Assert.That(() => Desk.SendAsync(new ResolveTicketCommand(ticket, ResolutionOutcome.Refund, "Mine now."), other.Actor),
            Throws.InstanceOf<TicketNotHeldByAgentException>());
        await Desk.SendAsync(new ResolveTicketCommand(ticket, ResolutionOutcome.Refund, "Done."), holder.Actor);
        Assert.That(() => Desk.SendAsync(new ResolveTicketCommand(ticket, ResolutionOutcome.Refund, "Again."), holder.Actor),
            Throws.InstanceOf<InvalidTicketTransitionException>());
    }

    [Test]
    public async Task A_rejected_return_gives_the_items_back_to_the_line()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();

        await Desk.SendAsync(new ResolveTicketCommand(world.Tickets[0].Id, ResolutionOutcome.Rejected, "Outside the return window."), world.Agents[0].Actor);

        var claimed = await Desk.QueryAsync(db => db.OrderLines.Select(l => l.ClaimedQuantity).SingleAsync());
        Assert.That(claimed, Is.Zero);
    }
}
