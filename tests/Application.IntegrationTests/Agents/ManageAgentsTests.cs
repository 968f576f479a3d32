using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Tickets.Queries.GetTicket;

namespace SupportDesk.Application.IntegrationTests.Agents;

/// <summary>Agents' availability and removal. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class ManageAgentsTests : DatabaseTest
{
    [Test]
    public async Task An_agent_cannot_change_another_agents_availability()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 0, agents: 2);

        Assert.That(() => Desk.SendAsync(new SetAgentAvailabilityCommand(world.Agents[1].Id, false), world.Agents[0].Actor),
            Throws.InstanceOf<ForbiddenAccessException>());
    }

    [Test]
    public async Task Removing_an_agent_returns_its_ticket_to_the_queue_for_the_next_agent()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();
        var replacement = await Desk.CreateAgentAsync("replacement@it.local", "Replacement");

        await Desk.SendAsync(new RemoveAgentCommand(world.Agents[0].Id), Desk.Manager);
        var back = await Desk.SendAsync(new GetTicketQuery(world.Tickets[0].Id), Desk.Manager);
        await Desk.AssignAsync();
        var after = await Desk.SendAsync(new GetTicketQuery(world.Tickets[0].Id), Desk.Manager);

        var locked = await Desk.QueryAsync(db => db.Users.Where(u => u.Email == world.Agents[0].Actor.Email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(back.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(back.CreatedAt, Is.EqualTo(world.Tickets[0].CreatedAt).Within(TimeSpan.FromMilliseconds(1)), "keeps its place");
            Assert.That(back.History.Last().Type, Is.EqualTo(TicketEventType.ReturnedToQueue));
            Assert.That(after.AssignedAgentId, Is.EqualTo(replacement.Id));
            Assert.That(locked, Is.GreaterThan(DateTimeOffset.UtcNow.AddYears(100)), "the removed agent cannot sign in");
        });
    }
}
