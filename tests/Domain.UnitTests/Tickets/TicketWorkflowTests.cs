using System.Reflection;

namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>Rule 1: Open → InProgress → Resolved, and nothing else (InProgress → Open only on the holder's removal).</summary>
public class TicketWorkflowTests
{
    [Test]
    public void A_new_ticket_is_open_and_unassigned()
    {
        var ticket = new Shop().OpenTicket();

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(ticket.CreatedAt, Is.EqualTo(Times.Opened));
            Assert.That(ticket.AssignedAgentId, Is.Null);
            Assert.That(ticket.HolderAgentId, Is.Null);
            Assert.That(ticket.AssignedAt, Is.Null);
            Assert.That(ticket.ResolvedAt, Is.Null);
        });
    }

    [Test]
    public void Assigning_an_open_ticket_puts_it_in_progress()
    {
        var agent = Build.Agent();
        var ticket = new Shop().OpenTicket();

        ticket.AssignTo(agent, Times.Assigned);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(ticket.AssignedAgentId, Is.EqualTo(agent.Id));
            Assert.That(ticket.HolderAgentId, Is.EqualTo(agent.Id));
            Assert.That(ticket.AssignedAt, Is.EqualTo(Times.Assigned));
            Assert.That(agent.CurrentTicketId, Is.EqualTo(ticket.Id));
        });
    }

    [Test]
    public void Resolving_a_ticket_in_progress_resolves_it()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded in full.", Times.Resolved);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Resolved));
            Assert.That(ticket.Outcome, Is.EqualTo(ResolutionOutcome.Refund));
            Assert.That(ticket.ResolutionNote, Is.EqualTo("Refunded in full."));
            Assert.That(ticket.ResolvedAt, Is.EqualTo(Times.Resolved));
            Assert.That(ticket.AssignedAgentId, Is.EqualTo(agent.Id), "the resolver stays on record");
            Assert.That(ticket.HolderAgentId, Is.Null);
        });
    }

    [Test]
    public void Assigning_a_ticket_twice_is_refused()
    {
        var first = Build.Agent();
        var second = Build.Agent("Alan Turing", "alan@support.example");
        var ticket = new Shop().TicketHeldBy(first);

        Assert.That(() => ticket.AssignTo(second, Times.Later),
            Throws.TypeOf<InvalidTicketTransitionException>()
                .With.Property(nameof(InvalidTicketTransitionException.Code)).EqualTo(TicketErrorCodes.InvalidTransition)
                .And.Property(nameof(InvalidTicketTransitionException.From)).EqualTo(TicketStatus.InProgress)
                .And.Property(nameof(InvalidTicketTransitionException.To)).EqualTo(TicketStatus.InProgress));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.HolderAgentId, Is.EqualTo(first.Id));
            Assert.That(second.CurrentTicketId, Is.Null, "the refused agent took nothing");
        });
    }

    [Test]
    public void Assigning_a_resolved_ticket_is_refused()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);
        ticket.Resolve(agent, ResolutionOutcome.Replacement, "Sent a new one.", Times.Resolved);

        Assert.That(() => ticket.AssignTo(agent, Times.Later), Throws.TypeOf<InvalidTicketTransitionException>()
            .With.Property(nameof(InvalidTicketTransitionException.From)).EqualTo(TicketStatus.Resolved));
        Assert.That(agent.CurrentTicketId, Is.Null);
    }

    [Test]
    public void Resolving_an_open_ticket_is_refused()
    {
        var agent = Build.Agent();
        var ticket = new Shop().OpenTicket();

        Assert.That(() => ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved),
            Throws.TypeOf<InvalidTicketTransitionException>()
                .With.Property(nameof(InvalidTicketTransitionException.Code)).EqualTo(TicketErrorCodes.InvalidTransition)
                .And.Property(nameof(InvalidTicketTransitionException.From)).EqualTo(TicketStatus.Open)
                .And.Property(nameof(InvalidTicketTransitionException.To)).EqualTo(TicketStatus.Resolved));
        Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
    }

    [Test]
    public void Resolving_a_resolved_ticket_is_refused()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);
        ticket.Resolve(agent, ResolutionOutcome.StoreCredit, "Credit issued.", Times.Resolved);

        Assert.That(() => ticket.Resolve(agent, ResolutionOutcome.Refund, "Again.", Times.Later),
            Throws.TypeOf<InvalidTicketTransitionException>()
                .With.Property(nameof(InvalidTicketTransitionException.From)).EqualTo(TicketStatus.Resolved));
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Outcome, Is.EqualTo(ResolutionOutcome.StoreCredit));
            Assert.That(ticket.ResolvedAt, Is.EqualTo(Times.Resolved));
        });
    }

    [Test]
    public void The_refusal_message_names_the_ticket_and_both_states()
    {
        var ticket = new Shop().OpenTicket();

        Assert.That(() => ticket.Resolve(Build.Agent(), ResolutionOutcome.Refund, "x", Times.Resolved),
            Throws.TypeOf<InvalidTicketTransitionException>().With.Message
                .EqualTo($"Ticket {ticket.Number} is open and cannot become resolved."));
    }

    [Test]
    public void Going_back_to_the_queue_has_two_doors_agent_removal_and_a_managers_hand_back()
    {
        // InProgress → Open exists as Agent.Remove's consequence and as a manager's HandBackToQueue (issue 17; HandOver
        // keeps the ticket in progress with another agent): Ticket offers no other way to reopen.
        // (ChangePriority changes how urgent a ticket is, RecordBreaches records missed targets, AddMessage and Attach add
        // to its conversation: never its status.)
        var publicMutators = typeof(Ticket)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name);
        var publicSetters = typeof(Ticket).GetProperties().Where(p => p.SetMethod is { IsPublic: true });

        Assert.Multiple(() =>
        {
            Assert.That(publicMutators, Is.EquivalentTo(new[]
            {
                nameof(Ticket.AssignTo), nameof(Ticket.Resolve), nameof(Ticket.ChangePriority), nameof(Ticket.AddMessage),
                nameof(Ticket.Attach), nameof(Ticket.RecordBreaches), nameof(Ticket.HandBackToQueue), nameof(Ticket.HandOver),
            }));
            Assert.That(publicSetters, Is.Empty);
        });
    }

    [Test]
    public void Removing_the_holder_is_the_way_from_in_progress_back_to_open()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        agent.Remove(ticket, "manager@support.example", Times.Later);

        Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
    }

    [Test]
    public void A_ticket_back_in_the_queue_can_be_assigned_again()
    {
        var removed = Build.Agent();
        var next = Build.Agent("Alan Turing", "alan@support.example");
        var ticket = new Shop().TicketHeldBy(removed);
        removed.Remove(ticket, "manager@support.example", Times.Resolved);

        ticket.AssignTo(next, Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(ticket.HolderAgentId, Is.EqualTo(next.Id));
            Assert.That(ticket.AssignedAt, Is.EqualTo(Times.Later));
        });
    }
}
