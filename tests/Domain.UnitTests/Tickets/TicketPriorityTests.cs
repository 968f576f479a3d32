namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>A ticket's priority comes from its reason and a manager may change it; every change is in the history.</summary>
public class TicketPriorityTests
{
    private const string Manager = "Mary Manager";

    private static Ticket OpenFor(ReturnReason reason, ReturnPolicy? policy = null)
    {
        var shop = new Shop();
        return Ticket.Open(TicketNumber.New(), shop.Customer, shop.Order, shop.Line.Id, 1, reason, "Not what I wanted.",
            policy ?? ReturnPolicy.Default, Times.Opened);
    }

    [TestCase(ReturnReason.Damaged, TicketPriority.High)]
    [TestCase(ReturnReason.Defective, TicketPriority.High)]
    [TestCase(ReturnReason.WrongItem, TicketPriority.High)]
    [TestCase(ReturnReason.NotAsDescribed, TicketPriority.Normal)]
    [TestCase(ReturnReason.Other, TicketPriority.Normal)]
    [TestCase(ReturnReason.NoLongerNeeded, TicketPriority.Low)]
    public void A_ticket_opens_with_the_default_priority_of_its_reason(ReturnReason reason, TicketPriority expected) =>
        Assert.That(OpenFor(reason).Priority, Is.EqualTo(expected));

    [Test]
    public void A_configured_priority_replaces_the_default_and_a_reason_left_out_is_normal()
    {
        var policy = new ReturnPolicy(30, priorityByReason: new Dictionary<ReturnReason, TicketPriority>
        {
            [ReturnReason.NoLongerNeeded] = TicketPriority.High,
        });

        Assert.Multiple(() =>
        {
            Assert.That(OpenFor(ReturnReason.NoLongerNeeded, policy).Priority, Is.EqualTo(TicketPriority.High));
            Assert.That(OpenFor(ReturnReason.Damaged, policy).Priority, Is.EqualTo(TicketPriority.Normal));
        });
    }

    [Test]
    public void A_policy_with_an_unknown_priority_is_refused() =>
        Assert.That(() => new ReturnPolicy(30, priorityByReason: new Dictionary<ReturnReason, TicketPriority>
        {
            [ReturnReason.Other] = (TicketPriority)7,
        }), Throws.ArgumentException);

    [Test]
    public void Changing_the_priority_records_it_in_the_history_and_raises_the_change()
    {
        var ticket = OpenFor(ReturnReason.Damaged);
        ticket.ClearDomainEvents();

        ticket.ChangePriority(TicketPriority.Low, Manager, Times.Later);

        var line = ticket.History.Last();
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Priority, Is.EqualTo(TicketPriority.Low));
            Assert.That(line.Type, Is.EqualTo(TicketEventType.PriorityChanged));
            Assert.That(line.Detail, Is.EqualTo("High → Low"));
            Assert.That(line.Actor, Is.EqualTo(Manager));
            Assert.That(line.At, Is.EqualTo(Times.Later));
            Assert.That(ticket.DomainEvents, Is.EqualTo(new[] { new TicketChanged(ticket.Id, TicketEventType.PriorityChanged) }));
        });
    }

    [Test]
    public void A_ticket_in_progress_may_change_priority()
    {
        var ticket = new Shop().TicketHeldBy(Build.Agent());

        ticket.ChangePriority(TicketPriority.Normal, Manager, Times.Later);

        Assert.That(ticket.Priority, Is.EqualTo(TicketPriority.Normal));
    }

    [Test]
    public void The_same_priority_again_changes_nothing()
    {
        var ticket = OpenFor(ReturnReason.Damaged);
        ticket.ClearDomainEvents();

        ticket.ChangePriority(TicketPriority.High, Manager, Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.History, Has.Count.EqualTo(1));
            Assert.That(ticket.DomainEvents, Is.Empty);
        });
    }

    [Test]
    public void A_resolved_ticket_keeps_its_priority()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);
        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        Assert.Multiple(() =>
        {
            Assert.That(() => ticket.ChangePriority(TicketPriority.Low, Manager, Times.Later),
                Refused.With(TicketErrorCodes.InvalidTransition));
            Assert.That(ticket.Priority, Is.EqualTo(TicketPriority.High));
            Assert.That(ticket.History.Last().Type, Is.EqualTo(TicketEventType.Resolved));
        });
    }

    [Test]
    public void An_unknown_priority_is_refused() =>
        Assert.That(() => OpenFor(ReturnReason.Other).ChangePriority((TicketPriority)7, Manager, Times.Later),
            Refused.With(TicketErrorCodes.Invalid));
}
