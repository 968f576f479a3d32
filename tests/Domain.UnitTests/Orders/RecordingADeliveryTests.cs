using SupportDesk.Domain.Common;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Domain.UnitTests.Orders;

/// <summary>The shop tells when an order was delivered, at import or later; the time must be plausible.</summary>
public class RecordingADeliveryTests
{
    private static readonly DateTime Now = new(2026, 3, 5, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_delivery_is_recorded_and_raises_an_event()
    {
        var shop = new Shop();
        var delivered = new DateTime(2026, 3, 3, 16, 0, 0, DateTimeKind.Utc);

        shop.Order.RecordDelivery(delivered, Now);

        Assert.Multiple(() =>
        {
            Assert.That(shop.Order.DeliveredAt, Is.EqualTo(delivered));
            Assert.That(shop.Order.ReturnWindowStart, Is.EqualTo(delivered));
            Assert.That(shop.Order.DomainEvents.OfType<OrderDeliveryUpdated>().Single().OrderId, Is.EqualTo(shop.Order.Id));
        });
    }

    [Test]
    public void A_delivery_within_the_clock_tolerance_is_accepted()
    {
        var shop = new Shop();

        shop.Order.RecordDelivery(Now + Order.ClockTolerance, Now);

        Assert.That(shop.Order.DeliveredAt, Is.EqualTo(Now + Order.ClockTolerance));
    }

    [Test]
    public void A_delivery_in_the_future_is_refused_and_changes_nothing()
    {
        var shop = new Shop();

        Assert.That(() => shop.Order.RecordDelivery(Now + Order.ClockTolerance + TimeSpan.FromTicks(1), Now),
            Refused.With(OrderErrorCodes.Invalid));
        Assert.That(shop.Order.DeliveredAt, Is.Null);
        Assert.That(shop.Order.DomainEvents.OfType<OrderDeliveryUpdated>(), Is.Empty);
    }

    [Test]
    public void A_delivery_before_the_purchase_is_refused()
    {
        var shop = new Shop();

        Assert.That(() => shop.Order.RecordDelivery(Times.OrderPlaced.AddTicks(-1), Now), Refused.With(OrderErrorCodes.Invalid));
        Assert.That(shop.Order.DeliveredAt, Is.Null);
    }

    [Test]
    public void An_order_is_placed_with_its_delivery()
    {
        var delivered = Times.OrderPlaced.AddDays(2);

        var order = Order.Place("SO-7", Build.Customer(), Times.OrderPlaced, [Build.Line()], delivered.AddHours(1), delivered);

        Assert.Multiple(() =>
        {
            Assert.That(order.DeliveredAt, Is.EqualTo(delivered));
            Assert.That(order.DomainEvents.OfType<OrderDeliveryUpdated>(), Is.Empty, "importing is one event: order.imported");
        });
    }

    [Test]
    public void An_order_placed_with_a_delivery_before_the_purchase_is_refused()
    {
        Assert.That(() => Order.Place("SO-7", Build.Customer(), Times.OrderPlaced, [Build.Line()], Now,
            Times.OrderPlaced.AddMinutes(-1)), Refused.With(OrderErrorCodes.Invalid));
    }

    [Test]
    public void An_order_placed_without_a_delivery_counts_its_window_from_the_purchase()
    {
        var shop = new Shop();

        Assert.That(shop.Order.ReturnWindowStart, Is.EqualTo(Times.OrderPlaced));
    }
}
