namespace SupportDesk.WebApi.FunctionalTests.Webhooks;

/// <summary>/api/webhooks: subscriptions of managers and of the shop's integration accounts.</summary>
public sealed class WebhookSubscriptionTests : FunctionalTest
{
    private const string Url = "http://127.0.0.1:9/hooks";

    [Test]
    public async Task Creating_a_subscription_answers_201_with_its_secret_shown_only_then()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.CreateWebhookAsync(new WebhookRequest(Url, ["ticket.resolved", "ticket.opened"], "Refunds to the ERP"));

        var created = response.Expect(HttpStatusCode.Created);
        var read = (await manager.GetWebhookAsync(created.Id)).Expect(HttpStatusCode.OK);
        var readBody = (await manager.GetWebhookAsync(created.Id)).Body;
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo($"/api/webhooks/{created.Id}"));
            Assert.That(created.Secret, Does.StartWith("whsec_"));
            Assert.That(Convert.FromBase64String(created.Secret!["whsec_".Length..]), Has.Length.GreaterThanOrEqualTo(24));
            Assert.That(created.Status, Is.EqualTo("Active"));
            Assert.That(created.Events, Is.EqualTo(new[] { "ticket.opened", "ticket.resolved" }));
            Assert.That(read.Secret, Is.Null);
            Assert.That(readBody, Does.Not.Contain("whsec_").And.Not.Contain("\"secret\""));
            Assert.That((read.Id, read.Url, read.Description, read.Status, read.CreatedAt),
                Is.EqualTo((created.Id, created.Url, created.Description, created.Status, created.CreatedAt)));
            Assert.That(read.Events, Is.EqualTo(created.Events));
        });
    }

    [Test]
    public async Task Disabling_enabling_rotating_and_deleting_a_subscription()
    {
        var manager = await Desk.ManagerAsync();
        var created = (await manager.CreateWebhookAsync(new WebhookRequest(Url, ["*"]))).Expect(HttpStatusCode.Created);

        var disabled = (await manager.UpdateWebhookAsync(created.Id, new UpdateWebhookRequest(Url + "/v2", ["agent.created"], "v2", false)))
            .Expect(HttpStatusCode.OK);
        var enabled = (await manager.UpdateWebhookAsync(created.Id, new UpdateWebhookRequest(Url, ["*"], null, true)))
            .Expect(HttpStatusCode.OK);
        var rotated = (await manager.RotateWebhookSecretAsync(created.Id)).Expect(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(disabled.Status, Is.EqualTo("Disabled"));
            Assert.That(disabled.DisabledReason, Does.StartWith("Disabled by"));
            Assert.That((disabled.Url, disabled.Events.Single(), disabled.Description), Is.EqualTo((Url + "/v2", "agent.created", "v2")));
            Assert.That(enabled.Status, Is.EqualTo("Active"));
            Assert.That(enabled.DisabledReason, Is.Null);
            Assert.That(rotated.Secret, Does.StartWith("whsec_").And.Not.EqualTo(created.Secret));
        });

        (await manager.DeleteWebhookAsync(created.Id)).Expect(HttpStatusCode.NoContent);
        AssertProblem(await manager.GetWebhookAsync(created.Id), HttpStatusCode.NotFound);
        AssertProblem(await manager.DeleteWebhookAsync(created.Id), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_disabled_subscription_is_not_pinged()
    {
        var manager = await Desk.ManagerAsync();
        var created = (await manager.CreateWebhookAsync(new WebhookRequest(Url, ["*"]))).Expect(HttpStatusCode.Created);
        (await manager.UpdateWebhookAsync(created.Id, new UpdateWebhookRequest(Url, ["*"], null, false))).Expect(HttpStatusCode.OK);

        AssertProblem(await manager.PingWebhookAsync(created.Id), HttpStatusCode.Conflict, "webhook.disabled");
    }

    [TestCase("ftp://127.0.0.1/hooks", new[] { "*" }, "url")]
    [TestCase("/hooks", new[] { "*" }, "url")]
    [TestCase("http://user:pw@127.0.0.1/hooks", new[] { "*" }, "url")]
    [TestCase("http://127.0.0.1/hooks", new string[0], "events")]
    [TestCase("http://127.0.0.1/hooks", new[] { "ticket.exploded" }, "events")]
    [TestCase("http://127.0.0.1/hooks", new[] { "*", "ticket.opened" }, "events")]
    [TestCase("http://127.0.0.1/hooks", new[] { "ping" }, "events")]
    public async Task A_bad_subscription_is_a_400_naming_the_field_and_creates_nothing(string url, string[] events, string field)
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.CreateWebhookAsync(new WebhookRequest(url, events));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors!.Keys, Has.Some.StartsWith(field).IgnoreCase);
        Assert.That((await manager.GetWebhooksAsync()).Expect(HttpStatusCode.OK).TotalCount, Is.Zero);
    }

    [Test]
    public async Task A_description_over_500_characters_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.CreateWebhookAsync(new WebhookRequest(Url, ["*"], new string('x', 501)));

        AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Customers_and_agents_may_not_use_webhooks_and_strangers_must_sign_in()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();
        var created = (await manager.CreateWebhookAsync(new WebhookRequest(Url, ["*"]))).Expect(HttpStatusCode.Created);

        foreach (var caller in new[] { customer.Api, agent.Api })
        {
            AssertProblem(await caller.CreateWebhookAsync(new WebhookRequest(Url, ["*"])), HttpStatusCode.Forbidden);
            AssertProblem(await caller.GetWebhooksAsync(), HttpStatusCode.Forbidden);
            AssertProblem(await caller.GetWebhookAsync(created.Id), HttpStatusCode.Forbidden);
            AssertProblem(await caller.PingWebhookAsync(created.Id), HttpStatusCode.Forbidden);
            AssertProblem(await caller.DeleteWebhookAsync(created.Id), HttpStatusCode.Forbidden);
        }

        AssertProblem(await Desk.Anonymous.GetWebhooksAsync(), HttpStatusCode.Unauthorized);
        (await manager.GetWebhookAsync(created.Id)).Expect(HttpStatusCode.OK);
    }

    [Test]
    public async Task Only_a_manager_subscribes_to_events_about_agents()
    {
        var shop = await Desk.IntegrationAsync();
        var manager = await Desk.ManagerAsync();
        var mine = (await shop.CreateWebhookAsync(new WebhookRequest(Url, ["order.imported"]))).Expect(HttpStatusCode.Created);

        AssertProblem(await shop.CreateWebhookAsync(new WebhookRequest(Url, ["agent.created"])), HttpStatusCode.Forbidden, "auth.forbidden");
        AssertProblem(await shop.UpdateWebhookAsync(mine.Id, new UpdateWebhookRequest(Url, ["agent.removed"], null, true)),
            HttpStatusCode.Forbidden, "auth.forbidden");
        (await manager.CreateWebhookAsync(new WebhookRequest(Url, ["agent.created"]))).Expect(HttpStatusCode.Created);
        Assert.That((await shop.GetWebhookAsync(mine.Id)).Expect(HttpStatusCode.OK).Events, Is.EqualTo(new[] { "order.imported" }));
    }

    [Test]
    public async Task An_integration_account_sees_only_its_own_subscriptions_and_a_manager_sees_all()
    {
        var shop = await Desk.IntegrationAsync();
        var otherShop = await Desk.IntegrationAsync();
        var manager = await Desk.ManagerAsync();
        var mine = (await shop.CreateWebhookAsync(new WebhookRequest(Url, ["*"]))).Expect(HttpStatusCode.Created);
        (await otherShop.CreateWebhookAsync(new WebhookRequest(Url, ["order.imported"]))).Expect(HttpStatusCode.Created);

        Assert.Multiple(async () =>
        {
            Assert.That((await shop.GetWebhooksAsync()).Expect(HttpStatusCode.OK).Items.Select(w => w.Id), Is.EqualTo(new[] { mine.Id }));
            Assert.That((await manager.GetWebhooksAsync()).Expect(HttpStatusCode.OK).TotalCount, Is.EqualTo(2));
            AssertProblem(await otherShop.GetWebhookAsync(mine.Id), HttpStatusCode.NotFound);
            AssertProblem(await otherShop.UpdateWebhookAsync(mine.Id, new UpdateWebhookRequest(Url, ["*"], null, false)), HttpStatusCode.NotFound);
            AssertProblem(await otherShop.RotateWebhookSecretAsync(mine.Id), HttpStatusCode.NotFound);
            AssertProblem(await otherShop.PingWebhookAsync(mine.Id), HttpStatusCode.NotFound);
            AssertProblem(await otherShop.GetDeliveriesAsync(mine.Id), HttpStatusCode.NotFound);
            AssertProblem(await otherShop.RedeliverAsync(mine.Id, Guid.NewGuid()), HttpStatusCode.NotFound);
            AssertProblem(await otherShop.PostAsync<object>($"/api/webhooks/{mine.Id}/deliveries/redeliver-failed",
                new { since = DateTime.UtcNow.AddDays(-1) }), HttpStatusCode.NotFound);
            AssertProblem(await otherShop.DeleteWebhookAsync(mine.Id), HttpStatusCode.NotFound);
            Assert.That((await shop.GetWebhookAsync(mine.Id)).Expect(HttpStatusCode.OK).Status, Is.EqualTo("Active"), "nothing changed");
        });
    }
}
