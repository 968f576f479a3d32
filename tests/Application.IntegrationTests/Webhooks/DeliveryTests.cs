using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Events;
using SupportDesk.Application.Events.Queries.GetEvents;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Webhooks.Commands.CreateWebhook;
using SupportDesk.Application.Webhooks.Queries;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Webhooks;
using SupportDesk.Infrastructure.Events;
using SupportDesk.Infrastructure.Webhooks;

namespace SupportDesk.Application.IntegrationTests.Webhooks;

/// <summary>
/// Deliveries to a real receiver on 127.0.0.1, from MariaDB, with a clock the test moves (the retry schedule spans a
/// day). The sequencer and the delivery runs are started by the test, as the scheduler would.
/// </summary>
public sealed class DeliveryTests : DatabaseTest
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Webhooks:AllowPrivateNetworks"] = "true",
        ["Webhooks:TimeoutSeconds"] = "2",
    };

    private ManualClock _clock = null!;
    private Desk _desk = null!;
    private WebhookReceiver _receiver = null!;

    [SetUp]
    public void StartDesk()
    {
        _clock = new ManualClock(DateTimeOffset.UtcNow);
        _desk = Desk.Create("MySql", Database.ConnectionString, Settings, services => services.AddSingleton<TimeProvider>(_clock));
        _receiver = new WebhookReceiver();
    }

    [TearDown]
    public async Task StopDeskAsync()
    {
        await _receiver.DisposeAsync();
        await _desk.DisposeAsync();
    }

    [Test]
    public async Task A_delivery_posts_the_event_as_the_feed_shows_it_signed_with_the_subscriptions_secret()
    {
        var subscription = await SubscribeAsync("*");
        await World.WithTicketsAsync(_desk, tickets: 1);
        await SequenceAsync();
        await DeliverAsync();

        var received = await _receiver.WaitForAsync(2);
        var feed = await _desk.SendAsync(new GetEventsQuery(), Desk.Manager);
        Assert.Multiple(() =>
        {
            Assert.That(received.Select(r => r.Type), Is.EquivalentTo(new[] { EventTypes.OrderImported, EventTypes.TicketOpened }));
            foreach (var delivery in received)
            {
                var item = feed.Items.Single(e => e.Id == delivery.Id);
                Assert.That(delivery.Body, Is.EqualTo(JsonSerializer.Serialize(item, EventJson.Options)), "the body is the feed's event");
                Assert.That(WebhookSignature.Verify(subscription.Secret, delivery.Id, delivery.Timestamp, delivery.Body, delivery.Signature), Is.True);
                Assert.That(delivery.Timestamp, Is.EqualTo(_clock.GetUtcNow().ToUnixTimeSeconds()).Within(1));
                Assert.That(delivery.ContentType, Does.StartWith("application/json"));
            }
        });
    }

    [Test]
    public async Task A_subscription_gets_only_its_types()
    {
        await SubscribeAsync(EventTypes.TicketOpened);
        await World.WithTicketsAsync(_desk, tickets: 2, agents: 1);
        await _desk.AssignAsync();
        await SequenceAsync();
        await DeliverAsync();

        var deliveries = await _desk.QueryAsync(db => db.WebhookDeliveries.Select(d => d.EventType).ToListAsync());
        Assert.That(deliveries, Is.EqualTo(new[] { EventTypes.TicketOpened, EventTypes.TicketOpened }));
    }

    [Test]
    public async Task A_failing_receiver_is_retried_on_the_schedule_for_24_hours_then_the_delivery_fails_and_the_subscription_is_disabled()
    {
        _receiver.Answer = _ => 503;
        await SubscribeAsync("*");
        await _desk.ImportOrderAsync("SO-RETRY-1", "retry@it.local");
        await SequenceAsync();

        var waits = new List<TimeSpan>();
        WebhookDelivery delivery;
        while (true)
        {
            await DeliverAsync();
            delivery = await _desk.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync());
            if (delivery.Status != DeliveryStatus.Pending)
            {
                break;
            }

            waits.Add(delivery.NextAttemptAt!.Value - delivery.LastAttemptAt!.Value);
            _clock.Set(delivery.NextAttemptAt!.Value);
        }

        var subscription = await _desk.QueryAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync());
        Assert.Multiple(() =>
        {
            for (var i = 0; i < waits.Count; i++)
            {
                var planned = RetrySchedule.Delay(i + 1);
                Assert.That(waits[i], Is.InRange(planned * 0.8, planned * 1.2), $"wait after attempt {i + 1}");
            }

            Assert.That(delivery.Status, Is.EqualTo(DeliveryStatus.Failed));
            Assert.That(delivery.Attempts, Is.EqualTo(_receiver.Received.Count).And.InRange(15, 18));
            Assert.That(delivery.LastStatusCode, Is.EqualTo(503));
            Assert.That(_receiver.Received.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1), "one webhook-id on every retry");
            Assert.That(subscription.Status, Is.EqualTo(SubscriptionStatus.Disabled));
            Assert.That(subscription.DisabledReason, Does.StartWith("No delivery succeeded for 24 hours"));
        });
    }

    [Test]
    public async Task A_tickets_events_reach_a_subscription_in_order_even_when_the_first_attempt_fails()
    {
        var failedOnce = 0;
        _receiver.Answer = delivery => delivery.Type == EventTypes.TicketOpened && Interlocked.Exchange(ref failedOnce, 1) == 0 ? 500 : 200;
        await SubscribeAsync(EventTypes.TicketOpened, EventTypes.TicketAssigned, EventTypes.TicketResolved);
        var world = await World.WithTicketsAsync(_desk, tickets: 1, agents: 1);
        await _desk.AssignAsync();
        await _desk.SendAsync(new ResolveTicketCommand(world.Tickets[0].Id, ResolutionOutcome.Refund, "Refunded."), world.Agents[0].Actor);
        await SequenceAsync();

        await DeliverAsync();
        Assert.That(_receiver.Received.Select(r => r.Type), Is.EqualTo(new[] { EventTypes.TicketOpened }),
            "while the first event of the ticket waits for its retry, the later ones wait behind it");

        _clock.Advance(TimeSpan.FromSeconds(10));
        await DeliverAsync();
        await DeliverAsync();
        await DeliverAsync();

        Assert.That(_receiver.Received.Select(r => r.Type), Is.EqualTo(new[]
        {
            EventTypes.TicketOpened, EventTypes.TicketOpened, EventTypes.TicketAssigned, EventTypes.TicketResolved,
        }));
    }

    [Test]
    public async Task Two_processes_delivering_at_once_make_each_attempt_once()
    {
        await using var second = Desk.Create("MySql", Database.ConnectionString, Settings, services => services.AddSingleton<TimeProvider>(_clock));
        _receiver.Delay = TimeSpan.FromMilliseconds(20);
        await SubscribeAsync("*");
        for (var i = 0; i < 60; i++)
        {
            await _desk.ImportOrderAsync($"SO-TWO-{i}", $"two{i % 5}@it.local");
        }

        await SequenceAsync();
        var runs = await Task.WhenAll(DeliverAsync(_desk), DeliverAsync(second), DeliverAsync(_desk), DeliverAsync(second));

        Assert.Multiple(async () =>
        {
            Assert.That(_receiver.Received, Has.Count.EqualTo(60));
            Assert.That(_receiver.Received.Select(r => r.Id).Distinct().Count(), Is.EqualTo(60), "no event sent twice");
            Assert.That(runs.Sum(), Is.EqualTo(60));
            Assert.That(runs.Count(r => r > 0), Is.GreaterThan(1), "the work was shared");
            Assert.That(await _desk.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.Status == DeliveryStatus.Delivered)), Is.EqualTo(60));
        });
    }

    [Test]
    public async Task An_attempt_leased_by_a_process_that_died_is_made_by_another_once_the_lease_expires()
    {
        await using var survivor = Desk.Create("MySql", Database.ConnectionString, Settings, services => services.AddSingleton<TimeProvider>(_clock));
        await SubscribeAsync("*");
        await _desk.ImportOrderAsync("SO-DEAD-1", "dead@it.local");
        await SequenceAsync();
        var run = _desk.Services.GetRequiredService<WebhookDeliveryRun>();
        await using (var scope = _desk.Services.CreateAsyncScope())
        {
            // The first process leases the attempt and dies before sending it.
            var leased = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().LeaseDueAsync(run.Owner, run.Lease, CancellationToken.None);
            Assert.That(leased, Has.Count.EqualTo(1));
        }

        Assert.That(await DeliverAsync(survivor), Is.Zero, "the lease still holds");
        _clock.Advance(run.Lease + TimeSpan.FromSeconds(1));
        Assert.That(await DeliverAsync(survivor), Is.EqualTo(1));
        Assert.That(_receiver.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task During_a_rotation_deliveries_carry_both_signatures_for_a_day()
    {
        var subscription = await SubscribeAsync("*");
        var rotated = await _desk.SendAsync(
            new Application.Webhooks.Commands.RotateWebhookSecret.RotateWebhookSecretCommand(subscription.Id), Desk.Manager);
        await _desk.ImportOrderAsync("SO-ROT-1", "rot@it.local");
        await SequenceAsync();
        await DeliverAsync();
        _clock.Advance(TimeSpan.FromHours(24));
        await _desk.ImportOrderAsync("SO-ROT-2", "rot@it.local");
        await SequenceAsync();
        await DeliverAsync();

        var (during, after) = (_receiver.Received[0], _receiver.Received[1]);
        Assert.Multiple(() =>
        {
            Assert.That(during.Signature.Split(' '), Has.Length.EqualTo(2));
            Assert.That(WebhookSignature.Verify(rotated.Secret, during.Id, during.Timestamp, during.Body, during.Signature), Is.True);
            Assert.That(WebhookSignature.Verify(subscription.Secret, during.Id, during.Timestamp, during.Body, during.Signature), Is.True);
            Assert.That(after.Signature.Split(' '), Has.Length.EqualTo(1));
            Assert.That(WebhookSignature.Verify(rotated.Secret, after.Id, after.Timestamp, after.Body, after.Signature), Is.True);
            Assert.That(WebhookSignature.Verify(subscription.Secret, after.Id, after.Timestamp, after.Body, after.Signature), Is.False);
        });
    }

    private Task<WebhookCreatedDto> SubscribeAsync(params string[] events) =>
        _desk.SendAsync(new CreateWebhookCommand(_receiver.Url, events, "Tests"), Desk.Manager);

    private async Task SequenceAsync()
    {
        await using var scope = _desk.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventSequencer>().RunAsync(CancellationToken.None);
    }

    private Task<int> DeliverAsync() => DeliverAsync(_desk);

    private static Task<int> DeliverAsync(Desk desk) =>
        desk.Services.GetRequiredService<WebhookDeliveryRun>().RunAsync(CancellationToken.None);
}
