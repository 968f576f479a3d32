namespace SupportDesk.WebApi.FunctionalTests.Webhooks;

/// <summary>Deliveries by the running API, in the background, to a real receiver on 127.0.0.1.</summary>
public sealed class WebhookDeliveryTests : FunctionalTest
{
    private WebhookReceiver _receiver = null!;

    [SetUp]
    public void StartReceiver() => _receiver = new WebhookReceiver();

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task A_returns_life_reaches_the_shop_in_order_signed_with_its_secret()
    {
        var shop = await Desk.IntegrationAsync();
        var subscription = (await shop.CreateWebhookAsync(new WebhookRequest(_receiver.Url, ["ticket.opened", "ticket.assigned", "ticket.resolved"])))
            .Expect(HttpStatusCode.Created);
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        (await agent.Api.ResolveTicketAsync(ticket.Id, ResolutionOutcome.Refund)).Expect(HttpStatusCode.OK);

        var received = await _receiver.WaitForAsync(3);

        var deliveries = await Eventually.Until(() => shop.GetDeliveriesAsync(subscription.Id),
            r => r.Value.Items.Count == 3 && r.Value.Items.All(d => d.Status == "Delivered"), "three deliveries logged as delivered");
        Assert.Multiple(() =>
        {
            Assert.That(received.Select(r => r.Type), Is.EqualTo(new[] { "ticket.opened", "ticket.assigned", "ticket.resolved" }));
            Assert.That(received.Select(r => r.DataId), Is.All.EqualTo(ticket.Id));
            Assert.That(received.Select(r => r.Position), Is.Ordered.Ascending);
            Assert.That(received.All(r => SignatureVerifies(subscription.Secret!, r)), Is.True, "every signature verifies with the secret");
            Assert.That(received[2].Event.GetProperty("data").GetProperty("outcome").GetString(), Is.EqualTo("Refund"));
            Assert.That(deliveries.Value.Items.Select(d => d.LastStatusCode), Is.All.EqualTo(200));
            Assert.That(deliveries.Value.Items.Select(d => d.EventId), Is.EquivalentTo(received.Select(r => r.Id)));
        });
    }

    [Test]
    public async Task A_shops_star_subscription_gets_every_event_but_those_about_agents()
    {
        var shop = await Desk.IntegrationAsync();
        (await shop.CreateWebhookAsync(new WebhookRequest(_receiver.Url, ["*"]))).Expect(HttpStatusCode.Created);
        await Desk.AddAgentAsync();
        await Desk.CustomerWithOrderAsync();

        var received = await _receiver.WaitForAsync(1);
        await Task.Delay(500);

        Assert.That(_receiver.Received.Select(r => r.Type), Is.EqualTo(new[] { "order.imported" }));
    }

    [Test]
    public async Task A_ping_is_delivered_to_that_subscription_only_and_is_not_in_the_feed()
    {
        var manager = await Desk.ManagerAsync();
        using var other = new WebhookReceiverScope();
        var subscription = (await manager.CreateWebhookAsync(new WebhookRequest(_receiver.Url, ["*"]))).Expect(HttpStatusCode.Created);
        (await manager.CreateWebhookAsync(new WebhookRequest(other.Receiver.Url, ["*"]))).Expect(HttpStatusCode.Created);

        var ping = await manager.PingWebhookAsync(subscription.Id);

        var queued = ping.Expect(HttpStatusCode.Accepted);
        var received = (await _receiver.WaitForAsync(1)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(queued.EventType, Is.EqualTo("ping"));
            Assert.That(received.Type, Is.EqualTo("ping"));
            Assert.That(received.Id, Is.EqualTo(queued.EventId));
            Assert.That(received.DataId, Is.EqualTo(subscription.Id));
            Assert.That(SignatureVerifies(subscription.Secret!, received), Is.True);
            Assert.That((await manager.GetEventsAsync()).Expect(HttpStatusCode.OK).Items, Is.Empty);
        });
        await Task.Delay(300);
        Assert.That(other.Receiver.Received, Is.Empty, "another subscription is not pinged");
    }

    [Test]
    public async Task A_delivered_event_can_be_sent_again_with_the_same_webhook_id()
    {
        var manager = await Desk.ManagerAsync();
        var subscription = (await manager.CreateWebhookAsync(new WebhookRequest(_receiver.Url, ["*"]))).Expect(HttpStatusCode.Created);
        var ping = (await manager.PingWebhookAsync(subscription.Id)).Expect(HttpStatusCode.Accepted);
        await Eventually.Until(() => manager.GetDeliveriesAsync(subscription.Id, "?status=Delivered"),
            r => r.Value.TotalCount == 1, "the ping delivered");

        var again = await manager.RedeliverAsync(subscription.Id, ping.Id);

        again.Expect(HttpStatusCode.Accepted);
        var received = await _receiver.WaitForAsync(2);
        Assert.That(received.Select(r => r.Id), Is.EqualTo(new[] { ping.EventId, ping.EventId }));
        AssertProblem(await manager.RedeliverAsync(subscription.Id, Guid.NewGuid()), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_failing_receiver_leaves_the_delivery_pending_with_the_error_and_its_next_attempt()
    {
        _receiver.Answer = _ => 500;
        var manager = await Desk.ManagerAsync();
        var subscription = (await manager.CreateWebhookAsync(new WebhookRequest(_receiver.Url, ["*"]))).Expect(HttpStatusCode.Created);
        var ping = (await manager.PingWebhookAsync(subscription.Id)).Expect(HttpStatusCode.Accepted);

        var log = await Eventually.Until(() => manager.GetDeliveriesAsync(subscription.Id),
            r => r.Value.Items.Single().Attempts >= 1, "the first attempt logged");

        var delivery = log.Value.Items.Single();
        Assert.Multiple(async () =>
        {
            Assert.That(delivery.Status, Is.EqualTo("Pending"));
            Assert.That(delivery.LastStatusCode, Is.EqualTo(500));
            Assert.That(delivery.LastError, Does.Contain("500"));
            Assert.That(delivery.NextAttemptAt - delivery.LastAttemptAt, Is.InRange(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6)));
            AssertProblem(await manager.RedeliverAsync(subscription.Id, ping.Id), HttpStatusCode.Conflict, "webhook.delivery_pending");
        });
    }

    [Test]
    public async Task Events_while_a_subscription_is_disabled_are_not_delivered()
    {
        var manager = await Desk.ManagerAsync();
        var subscription = (await manager.CreateWebhookAsync(new WebhookRequest(_receiver.Url, ["*"]))).Expect(HttpStatusCode.Created);
        (await manager.UpdateWebhookAsync(subscription.Id, new UpdateWebhookRequest(_receiver.Url, ["*"], null, false))).Expect(HttpStatusCode.OK);
        await Desk.AddAgentAsync();
        await Eventually.Until(() => manager.GetEventsAsync(), r => r.Value.Items.Count == 1, "the event in the feed");

        (await manager.UpdateWebhookAsync(subscription.Id, new UpdateWebhookRequest(_receiver.Url, ["*"], null, true))).Expect(HttpStatusCode.OK);
        await Desk.AddAgentAsync();

        var received = await _receiver.WaitForAsync(1);
        await Task.Delay(300);
        Assert.That(_receiver.Received, Has.Count.EqualTo(1));
        Assert.That(received[0].Position, Is.EqualTo(2), "only the event after enabling");
    }

    private static bool SignatureVerifies(string secret, WebhookReceiver.Delivery delivery) =>
        Domain.Webhooks.WebhookSignature.Verify(secret, delivery.Id, delivery.Timestamp, delivery.Body, delivery.Signature);

    /// <summary>A second receiver for one test.</summary>
    private sealed class WebhookReceiverScope : IDisposable
    {
        public WebhookReceiver Receiver { get; } = new();

        public void Dispose() => Receiver.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
