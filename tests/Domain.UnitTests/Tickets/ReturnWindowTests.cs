using SupportDesk.Domain.Common;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>The return window: N days from the delivery, else the purchase, through the end of the last UTC day;
/// a reason may have its own N; a final-sale line is never returnable.</summary>
public class ReturnWindowTests
{
    // Placed 2026-03-01 14:30 UTC: under the 30-day window the last day is 2026-03-31.
    private static readonly DateTime LastTickOfLastDay = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(-1);

    private static Ticket Open(Shop shop, ReturnReason reason, DateTime at, ReturnPolicy? policy = null) =>
        Ticket.Open(TicketNumber.New(), shop.Customer, shop.Order, shop.Line.Id, 1, reason, "Want to return it.",
            policy ?? ReturnPolicy.Default, at);

    [Test]
    public void Without_a_delivery_the_window_counts_from_the_purchase_through_the_end_of_its_last_utc_day()
    {
        var shop = new Shop();

        Assert.Multiple(() =>
        {
            Assert.That(ReturnPolicy.Default.LastDay(shop.Order), Is.EqualTo(new DateOnly(2026, 3, 31)));
            Assert.That(ReturnPolicy.Default.ReturnableUntil(shop.Order), Is.EqualTo(LastTickOfLastDay));
            Assert.That(ReturnPolicy.Default.ReturnableUntil(shop.Order).Kind, Is.EqualTo(DateTimeKind.Utc));
        });
    }

    [Test]
    public void A_ticket_opened_at_the_last_tick_of_the_last_day_is_accepted()
    {
        var shop = new Shop();

        var ticket = Open(shop, ReturnReason.NoLongerNeeded, LastTickOfLastDay);

        Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open));
    }

    [Test]
    public void A_ticket_opened_at_the_first_tick_after_the_last_day_is_refused_with_the_last_allowed_instant()
    {
        var shop = new Shop();

        var refusal = Assert.Throws<ReturnWindowClosedException>(() =>
            Open(shop, ReturnReason.NoLongerNeeded, LastTickOfLastDay.AddTicks(1)))!;

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo(TicketErrorCodes.ReturnWindowClosed));
            Assert.That(refusal.ReturnableUntil, Is.EqualTo(LastTickOfLastDay));
            Assert.That(refusal.Details["returnableUntil"], Is.EqualTo(LastTickOfLastDay));
            Assert.That(refusal.Message, Does.Contain("2026-03-31"));
            Assert.That(shop.Line.ClaimedQuantity, Is.Zero);
        });
    }

    [Test]
    public void With_a_delivery_the_window_counts_from_the_delivery_day()
    {
        var shop = new Shop();
        shop.Order.RecordDelivery(new DateTime(2026, 3, 10, 23, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 11, 8, 0, 0, DateTimeKind.Utc));

        Assert.Multiple(() =>
        {
            Assert.That(ReturnPolicy.Default.LastDay(shop.Order), Is.EqualTo(new DateOnly(2026, 4, 9)));
            Assert.That(() => Open(shop, ReturnReason.Other, new DateTime(2026, 4, 9, 23, 59, 59, DateTimeKind.Utc)),
                Throws.Nothing);
            Assert.That(() => Open(shop, ReturnReason.Other, new DateTime(2026, 4, 10, 0, 0, 0, DateTimeKind.Utc)),
                Refused.With(TicketErrorCodes.ReturnWindowClosed));
        });
    }

    [Test]
    public void An_order_delivered_later_moves_a_closed_window_open_again()
    {
        var shop = new Shop();
        var afterPurchaseWindow = new DateTime(2026, 4, 5, 12, 0, 0, DateTimeKind.Utc);
        Assert.That(() => Open(shop, ReturnReason.Other, afterPurchaseWindow), Refused.With(TicketErrorCodes.ReturnWindowClosed));

        shop.Order.RecordDelivery(new DateTime(2026, 3, 20, 9, 0, 0, DateTimeKind.Utc), afterPurchaseWindow);

        Assert.That(Open(shop, ReturnReason.Other, afterPurchaseWindow).Status, Is.EqualTo(TicketStatus.Open));
    }

    [TestCase(ReturnReason.Defective, 365)]
    [TestCase(ReturnReason.Damaged, 60)]
    [TestCase(ReturnReason.NoLongerNeeded, 30)]
    [TestCase(ReturnReason.WrongItem, 30)]
    public void Each_reason_has_the_default_window_unless_it_has_its_own(ReturnReason reason, int days)
    {
        var shop = new Shop();

        Assert.That(ReturnPolicy.Default.LastDay(shop.Order, reason), Is.EqualTo(new DateOnly(2026, 3, 1).AddDays(days)));
    }

    [Test]
    public void A_defective_item_can_be_returned_after_the_default_window()
    {
        var shop = new Shop();
        var twoMonthsLater = new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

        Assert.Multiple(() =>
        {
            Assert.That(() => Open(shop, ReturnReason.NoLongerNeeded, twoMonthsLater),
                Refused.With(TicketErrorCodes.ReturnWindowClosed));
            Assert.That(Open(shop, ReturnReason.Defective, twoMonthsLater).Reason, Is.EqualTo(ReturnReason.Defective));
        });
    }

    [Test]
    public void A_configured_policy_replaces_the_defaults()
    {
        var shop = new Shop();
        var policy = new ReturnPolicy(14, new Dictionary<ReturnReason, int> { [ReturnReason.WrongItem] = 90 });

        Assert.Multiple(() =>
        {
            Assert.That(policy.LastDay(shop.Order), Is.EqualTo(new DateOnly(2026, 3, 15)));
            Assert.That(policy.LastDay(shop.Order, ReturnReason.Defective), Is.EqualTo(new DateOnly(2026, 3, 15)));
            Assert.That(policy.LastDay(shop.Order, ReturnReason.WrongItem), Is.EqualTo(new DateOnly(2026, 5, 30)));
        });
    }

    [TestCase(-1)]
    [TestCase(ReturnPolicy.MaxWindowDays + 1)]
    public void A_window_out_of_range_is_a_configuration_error(int days)
    {
        Assert.That(() => new ReturnPolicy(days), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void A_final_sale_line_is_refused_whatever_the_reason_and_the_date()
    {
        var customer = Build.Customer();
        var order = Build.Order(customer, Build.Line("SALE-1", returnable: false));

        Assert.Multiple(() =>
        {
            Assert.That(order.Lines.First().Returnable, Is.False);
            Assert.That(() => Ticket.Open(TicketNumber.New(), customer, order, order.Lines.First().Id, 1,
                    ReturnReason.Defective, "Broken.", ReturnPolicy.Default, Times.Opened),
                Refused.With(TicketErrorCodes.LineNotReturnable));
            Assert.That(order.Lines.First().ClaimedQuantity, Is.Zero);
        });
    }

    [Test]
    public void A_line_is_returnable_unless_the_shop_says_otherwise()
    {
        var shop = new Shop();

        Assert.That(shop.Line.Returnable, Is.True);
    }
}
