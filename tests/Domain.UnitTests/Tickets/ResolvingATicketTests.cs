namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>Rule 4: only the holder resolves; resolving frees the agent; the history tells who did what, when.</summary>
public class ResolvingATicketTests
{
    [Test]
    public void Resolve_by_another_agent_is_refused()
    {
        var holder = Build.Agent();
        var other = Build.Agent("Alan Turing", "alan@support.example");
        var ticket = new Shop().TicketHeldBy(holder);

        Assert.That(() => ticket.Resolve(other, ResolutionOutcome.Refund, "Refunded.", Times.Resolved),
            Throws.TypeOf<TicketNotHeldByAgentException>()
                .With.Property(nameof(TicketNotHeldByAgentException.Code)).EqualTo(TicketErrorCodes.NotHolder));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(ticket.HolderAgentId, Is.EqualTo(holder.Id));
            Assert.That(holder.CurrentTicketId, Is.EqualTo(ticket.Id));
        });
    }

    [Test]
    public void Resolve_by_another_busy_agent_is_refused_and_leaves_their_own_ticket_alone()
    {
        var shop = new Shop();
        var holder = Build.Agent();
        var other = Build.Agent("Alan Turing", "alan@support.example");
        var ticket = shop.TicketHeldBy(holder);
        var othersTicket = shop.TicketHeldBy(other);

        Assert.That(() => ticket.Resolve(other, ResolutionOutcome.Refund, "Refunded.", Times.Resolved),
            Refused.With(TicketErrorCodes.NotHolder));
        Assert.That(other.CurrentTicketId, Is.EqualTo(othersTicket.Id));
    }

    [Test]
    public void Resolving_frees_the_agent_from_that_moment()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        ticket.Resolve(agent, ResolutionOutcome.Replacement, "New kettle shipped.", Times.Resolved);

        Assert.Multiple(() =>
        {
            Assert.That(agent.CurrentTicketId, Is.Null);
            Assert.That(agent.AvailableSince, Is.EqualTo(Times.Resolved));
            Assert.That(agent.Status, Is.EqualTo(AgentStatus.Available));
            Assert.That(agent.CanTakeTicket, Is.True);
        });
    }

    [Test]
    public void The_history_records_opened_assigned_and_resolved_with_their_actors()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.OpenTicket(2);
        ticket.AssignTo(agent, Times.Assigned);

        ticket.Resolve(agent, ResolutionOutcome.StoreCredit, "Credit issued.", Times.Resolved);

        var history = ticket.History.Select(e => (e.Type, e.At, e.Actor)).ToList();
        Assert.That(history, Is.EqualTo(new[]
        {
            (TicketEventType.Opened, Times.Opened, "Ada Lovelace"),
            (TicketEventType.Assigned, Times.Assigned, Ticket.SystemActor),
            (TicketEventType.Resolved, Times.Resolved, "Grace Hopper"),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.History.Select(e => e.TicketId), Is.All.EqualTo(ticket.Id));
            Assert.That(ticket.History.ElementAt(0).Detail, Does.Contain("2 × Product KETTLE-1 (KETTLE-1)"));
            Assert.That(ticket.History.ElementAt(1).Detail, Is.EqualTo("Assigned to Grace Hopper"));
            Assert.That(ticket.History.ElementAt(2).Detail, Is.EqualTo("Store credit"), "the outcome in words");
        });
    }

    [TestCase("")]
    [TestCase("  ")]
    public void A_blank_resolution_note_is_refused(string note)
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        Assert.That(() => ticket.Resolve(agent, ResolutionOutcome.Refund, note, Times.Resolved),
            Refused.With(TicketErrorCodes.Invalid));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(agent.CurrentTicketId, Is.EqualTo(ticket.Id));
        });
    }

    [Test]
    public void A_blank_note_on_a_rejection_gives_nothing_back()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent, quantity: 2);

        Assert.That(() => ticket.Resolve(agent, ResolutionOutcome.Rejected, " ", Times.Resolved),
            Refused.With(TicketErrorCodes.Invalid));
        Assert.That(shop.Line.ClaimedQuantity, Is.EqualTo(2));
    }

    [Test]
    public void An_unknown_outcome_is_refused()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        Assert.That(() => ticket.Resolve(agent, (ResolutionOutcome)99, "Hmm.", Times.Resolved),
            Refused.With(TicketErrorCodes.Invalid));
        Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
    }
}
