using SupportDesk.Domain.Events;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Domain.UnitTests.Webhooks;

public class WebhookSubscriptionTests
{
    private static WebhookSubscription Subscription(params string[] events) =>
        new("user-1", "https://shop.example/hooks", events.Length == 0 ? ["*"] : events, "Refunds", "stored-secret", Times.Opened);

    [Test]
    public void A_new_subscription_is_active_and_its_types_are_kept_in_contract_order()
    {
        var subscription = Subscription(EventTypes.TicketResolved, EventTypes.TicketOpened, EventTypes.TicketResolved);

        Assert.Multiple(() =>
        {
            Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Active));
            Assert.That(subscription.EventTypes, Is.EqualTo(new[] { EventTypes.TicketOpened, EventTypes.TicketResolved }));
            Assert.That(subscription.Wants(EventTypes.TicketResolved, ownerIsManager: false), Is.True);
            Assert.That(subscription.Wants(EventTypes.AgentCreated, ownerIsManager: true), Is.False);
            Assert.That(subscription.Wants(EventTypes.Ping, ownerIsManager: true), Is.False, "a ping goes only to the subscription it names");
        });
    }

    [Test]
    public void A_star_subscription_wants_every_type_of_the_feed()
    {
        var subscription = Subscription("*");

        Assert.Multiple(() =>
        {
            Assert.That(EventTypes.All.All(type => subscription.Wants(type, ownerIsManager: true)), Is.True);
            Assert.That(EventTypes.All.Where(type => subscription.Wants(type, ownerIsManager: false)),
                Is.EquivalentTo(EventTypes.All.Except(EventTypes.ManagersOnly)), "staff events only to a manager's subscription");
            Assert.That(subscription.Wants(EventTypes.DeskNoteAdded, ownerIsManager: true), Is.False, "the desk's own signals never leave it");
            Assert.That(EventTypes.All, Has.No.Member(EventTypes.DeskNoteAdded), "no subscription or feed filter may name one");
        });
    }

    [TestCase("ftp://shop.example/hooks")]
    [TestCase("https://user:pass@shop.example/hooks")]
    [TestCase("https://shop.example/hooks#part")]
    [TestCase("/hooks")]
    [TestCase("")]
    public void A_url_that_is_not_an_absolute_http_address_is_refused(string url)
    {
        Assert.That(() => new WebhookSubscription("user-1", url, ["*"], null, "stored", Times.Opened),
            Refused.With(WebhookErrorCodes.Invalid));
    }

    [Test]
    public void Unknown_types_no_types_or_a_star_among_types_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Subscription("ticket.exploded"), Refused.With(WebhookErrorCodes.Invalid));
            Assert.That(() => new WebhookSubscription("user-1", "https://shop.example", [], null, "s", Times.Opened),
                Refused.With(WebhookErrorCodes.Invalid));
            Assert.That(() => Subscription("*", EventTypes.TicketOpened), Refused.With(WebhookErrorCodes.Invalid));
        });
    }

    [Test]
    public void After_a_rotation_both_secrets_sign_for_a_day_then_only_the_new_one()
    {
        var subscription = Subscription();
        subscription.RotateSecret("new-secret", Times.Later);

        Assert.Multiple(() =>
        {
            Assert.That(subscription.SigningSecrets(Times.Later.AddHours(23)), Is.EqualTo(new[] { "new-secret", "stored-secret" }));
            Assert.That(subscription.SigningSecrets(Times.Later.AddHours(24)), Is.EqualTo(new[] { "new-secret" }));
        });
    }

    [Test]
    public void Twenty_four_hours_of_failures_without_a_success_disable_it_with_the_reason()
    {
        var subscription = Subscription();

        Assert.Multiple(() =>
        {
            Assert.That(subscription.RecordFailure(Times.Opened), Is.True, "failing from now on");
            Assert.That(subscription.RecordFailure(Times.Opened.AddHours(23).AddMinutes(59)), Is.False, "nothing new to save");
            Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Active));
            Assert.That(subscription.RecordFailure(Times.Opened.AddHours(24)), Is.True);
            Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Disabled));
            Assert.That(subscription.DisabledReason, Does.StartWith("No delivery succeeded for 24 hours"));
        });
    }

    [Test]
    public void A_delivery_that_used_up_its_retries_with_no_success_since_it_began_disables_it()
    {
        var subscription = Subscription();
        subscription.RecordFailure(Times.Opened);

        subscription.RecordFailure(Times.Opened.AddHours(23).AddMinutes(40), gaveUpOnDeliveryFrom: Times.Opened);

        Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Disabled));
    }

    [Test]
    public void A_delivery_that_used_up_its_retries_while_others_succeeded_leaves_it_active()
    {
        var subscription = Subscription();
        subscription.RecordFailure(Times.Opened);
        subscription.RecordSuccess(Times.Opened.AddHours(2));
        subscription.RecordFailure(Times.Opened.AddHours(3));

        subscription.RecordFailure(Times.Opened.AddHours(23).AddMinutes(40), gaveUpOnDeliveryFrom: Times.Opened);

        Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Active));
    }

    [Test]
    public void A_success_starts_the_24_hours_again_and_steady_successes_are_not_written_each_time()
    {
        var subscription = Subscription();
        subscription.RecordFailure(Times.Opened);

        Assert.Multiple(() =>
        {
            Assert.That(subscription.RecordSuccess(Times.Opened.AddHours(20)), Is.True);
            Assert.That(subscription.RecordSuccess(Times.Opened.AddHours(20).AddSeconds(30)), Is.False, "within a minute of the last");
            Assert.That(subscription.RecordSuccess(Times.Opened.AddHours(20).AddMinutes(2)), Is.True);
            subscription.RecordFailure(Times.Opened.AddHours(25));
            Assert.That(subscription.FailingSince, Is.EqualTo(Times.Opened.AddHours(25)));
            Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Active));
        });
    }

    [Test]
    public void Disabling_by_a_person_says_who_and_enabling_forgets_past_failures()
    {
        var subscription = Subscription();
        subscription.RecordFailure(Times.Opened);
        subscription.Change("https://shop.example/v2", ["*"], null, enabled: false, "Manager (Mia)");

        Assert.That(subscription.DisabledReason, Is.EqualTo("Disabled by Manager (Mia)"));

        subscription.Enable();
        Assert.Multiple(() =>
        {
            Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Active));
            Assert.That(subscription.DisabledReason, Is.Null);
            Assert.That(subscription.FailingSince, Is.Null);
            Assert.That(subscription.Url, Is.EqualTo("https://shop.example/v2"));
        });
    }

    [Test]
    public void Changing_the_settings_without_saying_enabled_leaves_it_as_it_is()
    {
        var subscription = Subscription();
        subscription.SetEnabled(false, "Manager (Mia)");

        subscription.Change("https://shop.example/v3", ["agent.created"], "v3", enabled: null, "Manager (Max)");

        Assert.Multiple(() =>
        {
            Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Disabled));
            Assert.That(subscription.DisabledReason, Is.EqualTo("Disabled by Manager (Mia)"));
            Assert.That(subscription.Url, Is.EqualTo("https://shop.example/v3"));
        });
    }
}
