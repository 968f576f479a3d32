using SupportDesk.Domain.Orders;

namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>Rule 2: own order, a line of it, and 1 ≤ quantity ≤ what the line's other live tickets leave.</summary>
public class OpeningATicketTests
{
    [Test]
    public void A_customer_opens_a_ticket_on_a_line_of_their_own_order()
    {
        var shop = new Shop(lineQuantity: 3);

        var ticket = Ticket.Open("T-AAAA-BBBB", shop.Customer, shop.Order, shop.Line.Id, 2, ReturnReason.Defective,
            "  Stops heating after a minute.  ", ReturnPolicy.Default, Times.Opened);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Number, Is.EqualTo("T-AAAA-BBBB"));
            Assert.That(ticket.CustomerId, Is.EqualTo(shop.Customer.Id));
            Assert.That(ticket.OrderId, Is.EqualTo(shop.Order.Id));
            Assert.That(ticket.OrderLineId, Is.EqualTo(shop.Line.Id));
            Assert.That(ticket.Quantity, Is.EqualTo(2));
            Assert.That(ticket.Reason, Is.EqualTo(ReturnReason.Defective));
            Assert.That(ticket.Description, Is.EqualTo("Stops heating after a minute."));
            Assert.That(shop.Line.ClaimedQuantity, Is.EqualTo(2));
            Assert.That(shop.Line.ReturnableQuantity, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_ticket_on_another_customers_order_is_refused()
    {
        var shop = new Shop();
        var stranger = Build.Customer("Mallory Smith", "mallory@example.com");

        Assert.That(() => Ticket.Open(TicketNumber.New(), stranger, shop.Order, shop.Line.Id, 1, ReturnReason.Other,
                "Not mine.", ReturnPolicy.Default, Times.Opened),
            Refused.With(TicketErrorCodes.OrderNotOwned));
        Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
    }

    [Test]
    public void A_ticket_for_a_line_not_in_the_order_is_refused()
    {
        var shop = new Shop();
        var otherOrder = Order.Place("SO-2002", shop.Customer, Times.OrderPlaced, [Build.Line("TOASTER-9")],
            Times.OrderPlaced);

        Assert.That(() => Ticket.Open(TicketNumber.New(), shop.Customer, shop.Order, otherOrder.Lines.First().Id, 1,
                ReturnReason.Other, "Wrong line.", ReturnPolicy.Default, Times.Opened),
            Refused.With(TicketErrorCodes.OrderLineNotFound));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void A_quantity_below_one_is_refused(int quantity)
    {
        var shop = new Shop();

        Assert.That(() => shop.OpenTicket(quantity), Refused.With(TicketErrorCodes.InvalidQuantity));
        Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
    }

    [Test]
    public void The_whole_line_can_be_returned()
    {
        var shop = new Shop(lineQuantity: 3);

        shop.OpenTicket(3);

        Assert.That(shop.Line.ReturnableQuantity, Is.Zero);
    }

    [Test]
    public void More_than_the_line_quantity_is_refused()
    {
        var shop = new Shop(lineQuantity: 3);

        Assert.That(() => shop.OpenTicket(4), Refused.With(TicketErrorCodes.QuantityExceeded));
        Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
    }

    [Test]
    public void More_than_other_tickets_leave_on_the_line_is_refused()
    {
        var shop = new Shop(lineQuantity: 3);
        shop.OpenTicket(2);

        Assert.That(() => shop.OpenTicket(2), Refused.With(TicketErrorCodes.QuantityExceeded));
        Assert.That(() => shop.OpenTicket(2), Throws.Exception.With.Message.EqualTo(
            "Only 1 of 3 items of this line can still be returned."));
        Assert.That(shop.Line.ClaimedQuantity, Is.EqualTo(2));
    }

    [Test]
    public void What_other_tickets_leave_on_the_line_can_still_be_claimed()
    {
        var shop = new Shop(lineQuantity: 3);
        shop.OpenTicket(2);

        shop.OpenTicket(1);

        Assert.That(shop.Line.ReturnableQuantity, Is.Zero);
    }

    [Test]
    public void A_rejected_ticket_gives_its_quantity_back_so_a_new_ticket_can_claim_it()
    {
        var shop = new Shop(lineQuantity: 3);
        var agent = Build.Agent();
        var rejected = shop.TicketHeldBy(agent, quantity: 3);

        rejected.Resolve(agent, ResolutionOutcome.Rejected, "Used beyond the return window.", Times.Resolved);

        Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
        Assert.That(() => shop.OpenTicket(3, Times.Later), Throws.Nothing);
    }

    [TestCase(ResolutionOutcome.Refund)]
    [TestCase(ResolutionOutcome.Replacement)]
    [TestCase(ResolutionOutcome.StoreCredit)]
    public void An_accepted_return_keeps_its_quantity_so_it_cannot_be_returned_twice(ResolutionOutcome outcome)
    {
        var shop = new Shop(lineQuantity: 3);
        var agent = Build.Agent();
        var accepted = shop.TicketHeldBy(agent, quantity: 3);

        accepted.Resolve(agent, outcome, "Done.", Times.Resolved);

        Assert.That(shop.Line.ClaimedQuantity, Is.EqualTo(3));
        Assert.That(() => shop.OpenTicket(1, Times.Later), Refused.With(TicketErrorCodes.QuantityExceeded));
    }

    [Test]
    public void An_open_or_in_progress_ticket_keeps_its_claim()
    {
        var shop = new Shop(lineQuantity: 2);
        shop.OpenTicket(1);
        shop.TicketHeldBy(Build.Agent(), quantity: 1);

        Assert.That(() => shop.OpenTicket(1), Refused.With(TicketErrorCodes.QuantityExceeded));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_description_is_refused(string description)
    {
        var shop = new Shop();

        Assert.That(() => Ticket.Open(TicketNumber.New(), shop.Customer, shop.Order, shop.Line.Id, 1,
                ReturnReason.Damaged, description, ReturnPolicy.Default, Times.Opened),
            Refused.With(TicketErrorCodes.Invalid));
        Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
    }

    [Test]
    public void An_unknown_reason_is_refused()
    {
        var shop = new Shop();

        Assert.That(() => Ticket.Open(TicketNumber.New(), shop.Customer, shop.Order, shop.Line.Id, 1,
                (ReturnReason)42, "Something.", ReturnPolicy.Default, Times.Opened),
            Refused.With(TicketErrorCodes.Invalid));
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void A_non_utc_opening_time_is_refused(DateTimeKind kind)
    {
        var shop = new Shop();

        Assert.That(() => shop.OpenTicket(1, DateTime.SpecifyKind(Times.Opened, kind)), Throws.ArgumentException);
    }

    [Test]
    public void The_opened_event_names_the_customer_the_items_and_the_reason()
    {
        var ticket = new Shop().OpenTicket(2);

        var opened = ticket.History.Single();
        Assert.Multiple(() =>
        {
            Assert.That(opened.Type, Is.EqualTo(TicketEventType.Opened));
            Assert.That(opened.At, Is.EqualTo(Times.Opened));
            Assert.That(opened.Actor, Is.EqualTo("Ada Lovelace"));
            Assert.That(opened.Detail, Is.EqualTo("2 × Product KETTLE-1 (KETTLE-1), reason: damaged"));
        });
    }
}
