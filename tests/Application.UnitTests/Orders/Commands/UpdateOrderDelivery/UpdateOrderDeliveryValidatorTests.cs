using SupportDesk.Application.Orders.Commands.UpdateOrderDelivery;

namespace SupportDesk.Application.UnitTests.Orders.Commands.UpdateOrderDelivery;

public class UpdateOrderDeliveryValidatorTests
{
    private static readonly DateTime Now = FixedClock.Default.UtcDateTime;

    private static readonly UpdateOrderDeliveryCommand Valid = new(Guid.NewGuid(), Now.AddDays(-1));

    private readonly UpdateOrderDeliveryValidator _validator = new(new FixedClock());

    [Test]
    public void A_past_delivery_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void A_delivery_within_five_minutes_of_clock_drift_passes() =>
        Assert.That(_validator.FailingFields(Valid with { DeliveredAt = Now.AddMinutes(5) }), Is.Empty);

    [Test]
    public void A_delivery_more_than_five_minutes_ahead_fails_on_delivered_at() =>
        Assert.That(_validator.FailingFields(Valid with { DeliveredAt = Now.AddMinutes(6) }),
            Is.EqualTo(new[] { "DeliveredAt" }));

    [Test]
    public void A_missing_delivery_fails_on_delivered_at() =>
        Assert.That(_validator.FailingFields(Valid with { DeliveredAt = default }), Is.EqualTo(new[] { "DeliveredAt" }));

    [Test]
    public void A_missing_order_id_fails_on_id() =>
        Assert.That(_validator.FailingFields(Valid with { Id = Guid.Empty }), Is.EqualTo(new[] { "Id" }));
}
