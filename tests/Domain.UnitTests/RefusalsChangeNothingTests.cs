namespace SupportDesk.Domain.UnitTests;

/// <summary>A refused call leaves every object as it was: all checks run before the first change.</summary>
public class RefusalsChangeNothingTests
{
    private static readonly DateTime LocalTime = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Local);

    [Test]
    public void Opening_with_a_local_time_is_refused_and_claims_nothing()
    {
        var shop = new Shop();

        Assert.That(() => shop.OpenTicket(at: LocalTime), Throws.ArgumentException);
        Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
    }

    [Test]
    public void Opening_with_a_blank_number_is_refused_and_claims_nothing()
    {
        var shop = new Shop();

        Assert.That(() => Ticket.Open(" ", shop.Customer, shop.Order, shop.Line.Id, 1, ReturnReason.Damaged, "Broken.", ReturnPolicy.Default, Times.Opened),
            Refused.With(TicketErrorCodes.Invalid));
        Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
    }

    [Test]
    public void Assigning_with_a_local_time_is_refused_and_the_agent_stays_free()
    {
        var agent = Build.Agent();
        var ticket = new Shop().OpenTicket();

        Assert.That(() => ticket.AssignTo(agent, LocalTime), Throws.ArgumentException);
        Assert.Multiple(() =>
        {
            Assert.That(agent.CurrentTicketId, Is.Null);
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
        });
    }

    [Test]
    public void Resolving_with_a_local_time_is_refused_and_the_ticket_stays_in_progress()
    {
        var agent = Build.Agent();
        var shop = new Shop();
        var ticket = shop.TicketHeldBy(agent);

        Assert.That(() => ticket.Resolve(agent, ResolutionOutcome.Rejected, "Not ours.", LocalTime), Throws.ArgumentException);
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(agent.CurrentTicketId, Is.EqualTo(ticket.Id));
            Assert.That(shop.Line.ClaimedQuantity, Is.EqualTo(1));
        });
    }

    [Test]
    public void Removing_with_a_local_time_is_refused_and_the_ticket_stays_with_the_agent()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        Assert.That(() => agent.Remove(ticket, "manager@example.com", LocalTime), Throws.ArgumentException);
        Assert.Multiple(() =>
        {
            Assert.That(agent.IsRemoved, Is.False);
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.InProgress));
        });
    }

    [Test]
    public void Linking_an_account_with_a_blank_name_is_refused_and_links_nothing()
    {
        var customer = Build.Customer();

        Assert.That(() => customer.LinkAccount("user-1", " "), Refused.With("customer.invalid"));
        Assert.That(customer.HasAccount, Is.False);
    }
}
