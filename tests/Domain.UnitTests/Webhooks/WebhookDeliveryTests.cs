using SupportDesk.Domain.Events;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Domain.UnitTests.Webhooks;

public class WebhookDeliveryTests
{
    private static WebhookDelivery Delivery()
    {
        var subscription = new WebhookSubscription("user-1", "https://shop.example/hooks", ["*"], null, "stored", Times.Opened);
        var integrationEvent = new IntegrationEvent(EventTypes.TicketOpened, "ticket:1", "{}", Times.Opened);
        integrationEvent.PlaceAt(7);
        return new WebhookDelivery(subscription, integrationEvent, Times.Opened);
    }

    [Test]
    public void A_new_delivery_is_due_at_once_and_keeps_its_events_id_and_position()
    {
        var delivery = Delivery();

        Assert.Multiple(() =>
        {
            Assert.That(delivery.Status, Is.EqualTo(DeliveryStatus.Pending));
            Assert.That(delivery.NextAttemptAt, Is.EqualTo(Times.Opened));
            Assert.That(delivery.Position, Is.EqualTo(7));
            Assert.That(delivery.EventId, Does.StartWith("evt_"));
        });
    }

    [Test]
    public void A_2xx_answer_delivers_it()
    {
        var delivery = Delivery();
        delivery.RecordAttempt(204, null, TimeSpan.FromMilliseconds(42), Times.Opened, 0.5);

        Assert.Multiple(() =>
        {
            Assert.That(delivery.Status, Is.EqualTo(DeliveryStatus.Delivered));
            Assert.That(delivery.Attempts, Is.EqualTo(1));
            Assert.That(delivery.NextAttemptAt, Is.Null);
            Assert.That(delivery.DurationMs, Is.EqualTo(42));
            Assert.That(delivery.LastError, Is.Null);
        });
    }

    [Test]
    public void A_failed_attempt_is_retried_on_the_schedule_and_fails_for_good_after_24_hours()
    {
        var delivery = Delivery();
        var now = Times.Opened;
        delivery.RecordAttempt(500, null, TimeSpan.FromSeconds(1), now, 0.5);
        Assert.Multiple(() =>
        {
            Assert.That(delivery.Status, Is.EqualTo(DeliveryStatus.Pending));
            Assert.That(delivery.NextAttemptAt, Is.EqualTo(now.AddSeconds(5)));
            Assert.That(delivery.LastError, Does.Contain("500"));
        });

        while (delivery.Status == DeliveryStatus.Pending)
        {
            now = delivery.NextAttemptAt!.Value;
            delivery.RecordAttempt(null, "No answer within 10 s.", TimeSpan.FromSeconds(10), now, 0.5);
        }

        Assert.Multiple(() =>
        {
            Assert.That(delivery.Status, Is.EqualTo(DeliveryStatus.Failed));
            Assert.That(now - Times.Opened, Is.LessThanOrEqualTo(RetrySchedule.Window));
            Assert.That(delivery.LastStatusCode, Is.Null);
            Assert.That(delivery.LastError, Is.EqualTo("No answer within 10 s."));
        });
    }

    [Test]
    public void Redelivery_opens_a_new_window_and_a_pending_delivery_cannot_be_redelivered()
    {
        var delivery = Delivery();
        Assert.That(() => delivery.Redeliver(Times.Later), Refused.With(WebhookErrorCodes.DeliveryPending));

        delivery.RecordAttempt(200, null, TimeSpan.Zero, Times.Opened, 0.5);
        delivery.Redeliver(Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(delivery.Status, Is.EqualTo(DeliveryStatus.Pending));
            Assert.That(delivery.NextAttemptAt, Is.EqualTo(Times.Later));
            Assert.That(delivery.WindowStart, Is.EqualTo(Times.Later));
        });
    }
}
