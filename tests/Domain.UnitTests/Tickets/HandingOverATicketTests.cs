using SupportDesk.Domain.Common;

namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>A manager moves a stuck ticket in progress: back to the queue, or to another free agent. The history
/// records it, and the one-ticket-per-agent rule holds on both sides.</summary>
public class HandingOverATicketTests
{
    private const string Manager = "Mary Manager";

    [Test]
    public void Handing_back_puts_the_ticket_in_the_queue_in_its_old_place_and_frees_the_holder()
    {
        var holder = Build.Agent();
        var ticket = new Shop().TicketHeldBy(holder);
        ticket.ClearDomainEvents();

        ticket.HandBackToQueue(holder, Manager, Times.Later);

        var last = ticket.History.Last();
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(ticket.CreatedAt, Is.EqualTo(Times.Opened));
            Assert.That(ticket.HolderAgentId, Is.Null);
            Assert.That(ticket.AssignedAgentId, Is.Null);
            Assert.That(holder.CurrentTicketId, Is.Null);
            Assert.That(holder.AvailableSince, Is.EqualTo(Times.Later), "the holder is last in line among the free agents");
            Assert.That(last.Type, Is.EqualTo(TicketEventType.ReturnedToQueue));
            Assert.That(last.Actor, Is.EqualTo(Manager));
            Assert.That(last.Detail, Is.EqualTo("Back in the queue: handed back from Grace Hopper"));
            Assert.That(ticket.DomainEvents, Is.EqualTo(new[] { new TicketChanged(ticket.Id, TicketEventType.ReturnedToQueue) }));
        });
    }

    [Test]
    public void Handing_over_gives_the_ticket_to_the_free_agent_and_frees_the_holder()
    {
        var holder = Build.Agent();
        var to = Build.Agent("Alan Turing", "alan@support.example");
        var ticket = new Shop().TicketHeldBy(holder);
        ticket.ClearDomainEvents();

        ticket.HandOver(holder, to, Manager, Times.Later);

        var last = ticket.History.Last();
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(ticket.HolderAgentId, Is.EqualTo(to.Id));
            Assert.That(ticket.AssignedAgentId, Is.EqualTo(to.Id));
            Assert.That(ticket.AssignedAt, Is.EqualTo(Times.Assigned), "the assignment target was met by the first assignment");
            Assert.That(to.CurrentTicketId, Is.EqualTo(ticket.Id));
            Assert.That(to.Status, Is.EqualTo(AgentStatus.Busy));
            Assert.That(holder.CurrentTicketId, Is.Null);
            Assert.That(holder.AvailableSince, Is.EqualTo(Times.Later));
            Assert.That(last.Type, Is.EqualTo(TicketEventType.Assigned));
            Assert.That(last.Actor, Is.EqualTo(Manager));
            Assert.That(last.Detail, Is.EqualTo("Handed from Grace Hopper to Alan Turing"));
            Assert.That(ticket.DomainEvents, Is.EqualTo(new[] { new TicketChanged(ticket.Id, TicketEventType.Assigned) }));
        });
    }

    [Test]
    public void The_new_agent_may_resolve_it_and_the_old_one_may_not()
    {
        var holder = Build.Agent();
        var to = Build.Agent("Alan Turing", "alan@support.example");
        var ticket = new Shop().TicketHeldBy(holder);
        ticket.HandOver(holder, to, Manager, Times.Later);

        Assert.That(() => ticket.Resolve(holder, ResolutionOutcome.Refund, "Refunded.", Times.Later),
            Throws.InstanceOf<TicketNotHeldByAgentException>());
        ticket.Resolve(to, ResolutionOutcome.Refund, "Refunded.", Times.Later);
        Assert.That(to.CurrentTicketId, Is.Null);
    }

    [Test]
    public void A_waiting_ticket_cannot_be_handed_back_or_over()
    {
        var to = Build.Agent();
        var ticket = new Shop().OpenTicket();

        Assert.Multiple(() =>
        {
            Assert.That(() => ticket.HandBackToQueue(null, Manager, Times.Later), Refused.With(TicketErrorCodes.InvalidTransition));
            Assert.That(() => ticket.HandOver(null, to, Manager, Times.Later), Refused.With(TicketErrorCodes.InvalidTransition));
            Assert.That(to.CurrentTicketId, Is.Null);
            Assert.That(ticket.History, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void A_resolved_ticket_cannot_be_handed_back()
    {
        var holder = Build.Agent();
        var ticket = new Shop().TicketHeldBy(holder);
        ticket.Resolve(holder, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        Assert.That(() => ticket.HandBackToQueue(holder, Manager, Times.Later), Refused.With(TicketErrorCodes.InvalidTransition));
        Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Resolved));
    }

    [Test]
    public void A_busy_agent_cannot_take_a_second_ticket_and_nothing_changes()
    {
        var shop = new Shop();
        var holder = Build.Agent();
        var busy = Build.Agent("Alan Turing", "alan@support.example");
        var ticket = shop.TicketHeldBy(holder);
        var other = shop.TicketHeldBy(busy);

        Assert.That(() => ticket.HandOver(holder, busy, Manager, Times.Later), Refused.With(AgentErrorCodes.Busy));
        AssertUnchanged(ticket, holder, busy, other.Id);
    }

    [Test]
    public void An_away_agent_cannot_take_it_and_nothing_changes()
    {
        var holder = Build.Agent();
        var away = Build.Agent("Alan Turing", "alan@support.example");
        away.GoAway();
        var ticket = new Shop().TicketHeldBy(holder);

        Assert.That(() => ticket.HandOver(holder, away, Manager, Times.Later), Refused.With(AgentErrorCodes.Unavailable));
        AssertUnchanged(ticket, holder, away, null);
    }

    [Test]
    public void A_removed_agent_cannot_take_it_and_nothing_changes()
    {
        var holder = Build.Agent();
        var removed = Build.Agent("Alan Turing", "alan@support.example");
        removed.Remove(null, Manager, Times.Assigned);
        var ticket = new Shop().TicketHeldBy(holder);

        Assert.That(() => ticket.HandOver(holder, removed, Manager, Times.Later), Refused.With(AgentErrorCodes.Removed));
        AssertUnchanged(ticket, holder, removed, null);
    }

    [Test]
    public void Handing_over_to_the_holder_itself_is_refused()
    {
        var holder = Build.Agent();
        var ticket = new Shop().TicketHeldBy(holder);

        Assert.That(() => ticket.HandOver(holder, holder, Manager, Times.Later), Refused.With(AgentErrorCodes.Busy));
        Assert.That(holder.CurrentTicketId, Is.EqualTo(ticket.Id));
        Assert.That(ticket.History, Has.Count.EqualTo(2));
    }

    [Test]
    public void Naming_the_wrong_holder_is_refused()
    {
        var holder = Build.Agent();
        var stranger = Build.Agent("Alan Turing", "alan@support.example");
        var to = Build.Agent("Edsger Dijkstra", "edsger@support.example");
        var ticket = new Shop().TicketHeldBy(holder);

        Assert.Multiple(() =>
        {
            Assert.That(() => ticket.HandBackToQueue(stranger, Manager, Times.Later), Throws.InstanceOf<TicketNotHeldByAgentException>());
            Assert.That(() => ticket.HandOver(stranger, to, Manager, Times.Later), Throws.InstanceOf<TicketNotHeldByAgentException>());
            Assert.That(ticket.HolderAgentId, Is.EqualTo(holder.Id));
            Assert.That(to.CurrentTicketId, Is.Null);
        });
    }

    private static void AssertUnchanged(Ticket ticket, Agent holder, Agent target, Guid? targetTicket) =>
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(ticket.HolderAgentId, Is.EqualTo(holder.Id));
            Assert.That(holder.CurrentTicketId, Is.EqualTo(ticket.Id));
            Assert.That(holder.AvailableSince, Is.Not.EqualTo(Times.Later));
            Assert.That(target.CurrentTicketId, Is.EqualTo(targetTicket));
            Assert.That(ticket.History, Has.Count.EqualTo(2));
        });
}
