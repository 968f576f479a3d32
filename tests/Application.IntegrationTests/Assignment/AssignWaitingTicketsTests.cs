using SupportDesk.Application.Agents.Commands.SetAgentAvailability;

namespace SupportDesk.Application.IntegrationTests.Assignment;

/// <summary>The assignment policy: oldest ticket to the agent free the longest. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class AssignWaitingTicketsTests : DatabaseTest
{
    [Test]
    public async Task The_oldest_ticket_goes_to_the_agent_free_the_longest_and_away_agents_take_nothing()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 2, agents: 3);
        var (longestFree, away, newest) = (world.Agents[0], world.Agents[1], world.Agents[2]);
        await Desk.SendAsync(new SetAgentAvailabilityCommand(away.Id, false), away.Actor);

        var run = await Desk.AssignAsync();

        var holders = await Desk.QueryAsync(db => db.Tickets.ToDictionaryAsync(t => t.Id, t => t.HolderAgentId));
        Assert.Multiple(() =>
        {
            Assert.That(run.Assigned, Is.EqualTo(2));
            Assert.That(holders[world.Tickets[0].Id], Is.EqualTo(longestFree.Id));
            Assert.That(holders[world.Tickets[1].Id], Is.EqualTo(newest.Id));
            Assert.That(holders.Values, Does.Not.Contain(away.Id));
        });
    }
}
