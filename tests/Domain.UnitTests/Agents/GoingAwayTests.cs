namespace SupportDesk.Domain.UnitTests.Agents;

/// <summary>Rule 5: going away never drops a ticket; the agent finishes it and takes no new one.</summary>
public class GoingAwayTests
{
    [Test]
    public void Going_away_keeps_the_current_ticket()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        agent.GoAway();

        Assert.Multiple(() =>
        {
            Assert.That(agent.Availability, Is.EqualTo(AgentAvailability.Away));
            Assert.That(agent.CurrentTicketId, Is.EqualTo(ticket.Id));
            Assert.That(agent.Status, Is.EqualTo(AgentStatus.Busy));
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(ticket.HolderAgentId, Is.EqualTo(agent.Id));
        });
    }

    [Test]
    public void An_away_agent_still_resolves_the_ticket_they_hold()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);
        agent.GoAway();

        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Resolved));
    }

    [Test]
    public void After_resolving_an_away_agent_takes_no_new_ticket()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);
        agent.GoAway();
        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);
        var next = shop.OpenTicket();

        Assert.Multiple(() =>
        {
            Assert.That(agent.Status, Is.EqualTo(AgentStatus.Away));
            Assert.That(agent.CanTakeTicket, Is.False);
        });
        Assert.That(() => next.AssignTo(agent, Times.Later), Refused.With(AgentErrorCodes.Unavailable));
    }

    [Test]
    public void Coming_back_while_free_restarts_the_wait_and_says_a_ticket_can_be_taken()
    {
        var agent = Build.Agent();
        agent.GoAway();

        var canTake = agent.BecomeAvailable(Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(canTake, Is.True);
            Assert.That(agent.Availability, Is.EqualTo(AgentAvailability.Available));
            Assert.That(agent.AvailableSince, Is.EqualTo(Times.Later));
            Assert.That(agent.CanTakeTicket, Is.True);
        });
    }

    [Test]
    public void Coming_back_while_holding_a_ticket_keeps_available_since_and_says_no_ticket_can_be_taken()
    {
        var agent = Build.Agent();
        new Shop().TicketHeldBy(agent);
        agent.GoAway();

        var canTake = agent.BecomeAvailable(Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(canTake, Is.False);
            Assert.That(agent.Availability, Is.EqualTo(AgentAvailability.Available));
            Assert.That(agent.AvailableSince, Is.EqualTo(Times.AgentCreated));
            Assert.That(agent.Status, Is.EqualTo(AgentStatus.Busy));
        });
    }

    [Test]
    public void Becoming_available_when_already_available_changes_nothing()
    {
        var agent = Build.Agent();

        var canTake = agent.BecomeAvailable(Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(canTake, Is.False, "nothing new to assign");
            Assert.That(agent.AvailableSince, Is.EqualTo(Times.AgentCreated), "keeps its place in the fairness order");
        });
    }

    [Test]
    public void Resolving_while_away_still_records_when_the_agent_became_free()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);
        agent.GoAway();

        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        Assert.That(agent.AvailableSince, Is.EqualTo(Times.Resolved));
    }
}
