namespace SupportDesk.Domain.UnitTests.Agents;

/// <summary>A removed agent's ticket goes back to the queue in its old place; the agent stays for history only.</summary>
public class RemovingAnAgentTests
{
    private const string Manager = "manager@support.example";

    [Test]
    public void Removing_a_busy_agent_puts_the_ticket_back_in_the_queue_in_its_old_place()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        agent.Remove(ticket, Manager, Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(ticket.CreatedAt, Is.EqualTo(Times.Opened), "the queue is ordered by creation time");
            Assert.That(ticket.AssignedAgentId, Is.Null);
            Assert.That(ticket.HolderAgentId, Is.Null);
            Assert.That(ticket.AssignedAt, Is.Null);
        });
    }

    [Test]
    public void The_history_says_why_the_ticket_went_back_to_the_queue()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        agent.Remove(ticket, Manager, Times.Later);

        var last = ticket.History.Last();
        Assert.Multiple(() =>
        {
            Assert.That(ticket.History.Select(e => e.Type), Is.EqualTo(new[]
            {
                TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.ReturnedToQueue,
            }));
            Assert.That(last.At, Is.EqualTo(Times.Later));
            Assert.That(last.Actor, Is.EqualTo(Manager));
            Assert.That(last.Detail, Is.EqualTo("Back in the queue: Grace Hopper was removed"));
        });
    }

    [Test]
    public void A_removed_agent_is_removed_and_holds_nothing()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        agent.Remove(ticket, Manager, Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(agent.Status, Is.EqualTo(AgentStatus.Removed));
            Assert.That(agent.IsRemoved, Is.True);
            Assert.That(agent.RemovedAt, Is.EqualTo(Times.Later));
            Assert.That(agent.CurrentTicketId, Is.Null);
        });
    }

    [Test]
    public void Removing_a_free_agent_needs_no_ticket()
    {
        var agent = Build.Agent();

        agent.Remove(null, Manager, Times.Later);

        Assert.That(agent.Status, Is.EqualTo(AgentStatus.Removed));
    }

    [Test]
    public void Removing_a_busy_agent_without_their_ticket_is_refused()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        shop.TicketHeldBy(agent);
        var unrelated = shop.OpenTicket();

        Assert.Multiple(() =>
        {
            Assert.That(() => agent.Remove(null, Manager, Times.Later), Throws.ArgumentException);
            Assert.That(() => agent.Remove(unrelated, Manager, Times.Later), Throws.ArgumentException);
        });
        Assert.That(agent.IsRemoved, Is.False);
    }

    [Test]
    public void A_removed_agent_cannot_be_updated()
    {
        var agent = Build.Agent();
        agent.Remove(null, Manager, Times.Later);

        Assert.That(() => agent.UpdateDetails("Grace B. Hopper", "gbh@support.example"),
            Refused.With(AgentErrorCodes.Removed));
        Assert.That(agent.FullName, Is.EqualTo("Grace Hopper"));
    }

    [Test]
    public void A_removed_agent_cannot_go_away()
    {
        var agent = Build.Agent();
        agent.Remove(null, Manager, Times.Later);

        Assert.That(() => agent.GoAway(), Refused.With(AgentErrorCodes.Removed));
    }

    [Test]
    public void A_removed_agent_cannot_become_available()
    {
        var agent = Build.Agent();
        agent.GoAway();
        agent.Remove(null, Manager, Times.Later);

        Assert.That(() => agent.BecomeAvailable(Times.Later), Refused.With(AgentErrorCodes.Removed));
        Assert.That(agent.Status, Is.EqualTo(AgentStatus.Removed));
    }

    [Test]
    public void Removing_an_agent_twice_is_refused()
    {
        var agent = Build.Agent();
        agent.Remove(null, Manager, Times.Resolved);

        Assert.That(() => agent.Remove(null, Manager, Times.Later), Refused.With(AgentErrorCodes.Removed));
        Assert.That(agent.RemovedAt, Is.EqualTo(Times.Resolved));
    }

    [Test]
    public void Removing_the_resolver_later_leaves_a_resolved_ticket_alone()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);
        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        agent.Remove(null, Manager, Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Resolved));
            Assert.That(ticket.AssignedAgentId, Is.EqualTo(agent.Id));
        });
    }

    [Test]
    public void An_actor_longer_than_the_history_column_is_cut_to_fit()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);
        var longActor = new string('m', 240) + "@support.example";

        agent.Remove(ticket, longActor, Times.Later);

        Assert.That(ticket.History.Last().Actor, Is.EqualTo(longActor[..200]));
    }
}
