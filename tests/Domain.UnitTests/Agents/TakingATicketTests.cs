namespace SupportDesk.Domain.UnitTests.Agents;

/// <summary>Rule 3: one ticket in progress per agent; only available, not removed, free agents take one.</summary>
public class TakingATicketTests
{
    [Test]
    public void An_available_free_agent_can_take_a_ticket()
    {
        var agent = Build.Agent();

        Assert.That(agent.CanTakeTicket, Is.True);
        Assert.That(() => new Shop().OpenTicket().AssignTo(agent, Times.Assigned), Throws.Nothing);
    }

    [Test]
    public void A_busy_agent_is_refused_a_second_ticket()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var first = shop.TicketHeldBy(agent);
        var second = shop.OpenTicket();

        Assert.That(agent.CanTakeTicket, Is.False);
        Assert.That(() => second.AssignTo(agent, Times.Later), Refused.With(AgentErrorCodes.Busy));
        Assert.Multiple(() =>
        {
            Assert.That(agent.CurrentTicketId, Is.EqualTo(first.Id));
            Assert.That(second.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(second.AssignedAgentId, Is.Null);
            Assert.That(second.History.Select(e => e.Type), Is.EqualTo(new[] { TicketEventType.Opened }));
        });
    }

    [Test]
    public void An_away_agent_is_refused_a_ticket()
    {
        var agent = Build.Agent();
        agent.GoAway();
        var ticket = new Shop().OpenTicket();

        Assert.That(agent.CanTakeTicket, Is.False);
        Assert.That(() => ticket.AssignTo(agent, Times.Assigned), Refused.With(AgentErrorCodes.Unavailable));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(agent.CurrentTicketId, Is.Null);
        });
    }

    [Test]
    public void A_removed_agent_is_refused_a_ticket()
    {
        var agent = Build.Agent();
        agent.Remove(null, "manager@support.example", Times.Opened);
        var ticket = new Shop().OpenTicket();

        Assert.That(agent.CanTakeTicket, Is.False);
        Assert.That(() => ticket.AssignTo(agent, Times.Assigned), Refused.With(AgentErrorCodes.Removed));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(agent.CurrentTicketId, Is.Null);
        });
    }

    [Test]
    public void An_agent_free_again_after_resolving_takes_the_next_ticket()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var first = shop.TicketHeldBy(agent);
        var second = shop.OpenTicket();
        first.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        second.AssignTo(agent, Times.Later);

        Assert.That(agent.CurrentTicketId, Is.EqualTo(second.Id));
    }
}
