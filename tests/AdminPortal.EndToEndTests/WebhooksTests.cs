using System.Text.RegularExpressions;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// A manager's webhooks: the subscriptions, their secrets shown once, and deliveries made for real by the portal's
/// own scheduler to a receiver on 127.0.0.1. The subscriptions here ask for <c>order.delivery_updated</c>, which no
/// test of the suite causes, so that only the pings these tests send reach the receiver.
/// </summary>
public sealed class WebhooksTests : PortalTest
{
    private const string QuietEvent = "order.delivery_updated";

    /// <summary>How long a delivery may take to show: the scheduler sends it at once, the log refreshes every 2 s.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions DeliveryShown = new() { Timeout = 20_000 };

    /// <summary>This test's receiver: what it records was sent to this test's subscriptions only.</summary>
    private WebhookReceiver _receiver = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _receiver = new WebhookReceiver();
        await SignInAsManagerAsync(Page);
    }

    [TearDown]
    public async Task StopReceiverAsync() => await _receiver.DisposeAsync();

    [Test]
    public async Task A_new_webhook_shows_its_secret_once_with_how_to_check_a_signature()
    {
        var url = NewUrl("created");
        var description = $"Returns to the ERP {Guid.NewGuid():N}"[..30];
        AddedWebhook webhook = null!;
        var response = await Page.RunAndWaitForResponseAsync(
            async () => webhook = await AddWebhookAsync(url, description, QuietEvent, "ticket.resolved"),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/webhooks/new", StringComparison.Ordinal));

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Webhook added" })).ToBeVisibleAsync();
        Assert.That(await response.HeaderValueAsync("cache-control"), Does.Contain("no-store"), "the page with the secret is not kept");
        await Expect(Page.GetByTestId("secret-warning")).ToContainTextAsync("it will not be shown again");
        Assert.That(webhook.Secret, Does.StartWith(WebhookSignature.SecretPrefix));
        var hint = Page.GetByTestId("signature-hint");
        foreach (var text in new[] { "webhook-id", "webhook-timestamp", "webhook-signature", "HMAC-SHA256", "{webhook-id}.{webhook-timestamp}.{body}", "whsec_" })
        {
            await Expect(hint).ToContainTextAsync(text);
        }

        await Page.GetByRole(AriaRole.Link, new() { Name = "open the subscription" }).ClickAsync();
        await Expect(Page.GetByTestId("webhook-url")).ToHaveTextAsync(url);
        await Expect(Page.GetByTestId("webhook-events")).ToContainTextAsync(QuietEvent);
        await Expect(Page.GetByTestId("webhook-description")).ToHaveTextAsync(description);
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(webhook.Secret));

        await Page.GotoAsync("/webhooks");
        var row = Page.Locator($"tr[data-webhook='{webhook.Id}']");
        await Expect(row).ToContainTextAsync(description);
        await Expect(row.GetByTestId("webhook-status")).ToHaveTextAsync("Active");
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(webhook.Secret));
        await Page.GotoAsync($"/webhooks/{webhook.Id}");
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(webhook.Secret));
    }

    [Test]
    public async Task Reloading_the_secret_page_neither_shows_the_secret_again_nor_adds_a_second_webhook()
    {
        var url = NewUrl("reloaded");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);

        await Page.ReloadAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/webhooks/{webhook.Id}$"));
        await Expect(Page.GetByLabel("Signing secret")).ToHaveCountAsync(0);
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(webhook.Secret));
        await Page.GotoAsync("/webhooks");
        await Expect(Page.GetByText(url)).ToHaveCountAsync(1);
    }

    [Test]
    public async Task A_ping_reaches_the_receiver_signed_with_the_secret_and_the_log_shows_it_delivered()
    {
        var url = NewUrl("ping");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);
        await OpenAsync(webhook);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("A test event");

        var ping = (await _receiver.WaitForAsync(1)).Single();
        Assert.That(WebhookSignature.Verify(webhook.Secret, ping.Id, ping.Timestamp, ping.Body, ping.Signature), Is.True,
            "the signature verifies with the secret shown at creation");
        Assert.That(ping.Body, Does.Contain("\"ping\""));
        var row = Page.Locator($"tr[data-event-id='{ping.Id}']");
        await Expect(row.GetByTestId("delivery-status")).ToHaveTextAsync("Delivered", DeliveryShown);
        await Expect(row.GetByTestId("delivery-attempts")).ToHaveTextAsync("1");
        await Expect(row.GetByTestId("delivery-last-status")).ToHaveTextAsync("200");
        await Expect(row).ToContainTextAsync("ping");
        await Expect(Page.GetByTestId("last-success")).ToHaveTextAsync(new Regex(@" ago$"), DeliveryShown);
        await Expect(Page.GetByTestId("last-success").Locator("time")).ToHaveAttributeAsync("title", new Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$"));
        await Expect(Page.GetByTestId("failing-since")).ToHaveTextAsync("—");
    }

    [Test]
    public async Task Redelivering_a_delivered_event_sends_it_again_with_the_same_webhook_id()
    {
        var url = NewUrl("redeliver");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);
        await OpenAsync(webhook);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" }).ClickAsync();
        var first = (await _receiver.WaitForAsync(1)).Single();
        var row = Page.Locator($"tr[data-event-id='{first.Id}']");
        await Expect(row.GetByTestId("delivery-status")).ToHaveTextAsync("Delivered", DeliveryShown);

        await row.GetByRole(AriaRole.Button, new() { Name = "Redeliver" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("is sent again");

        var both = await _receiver.WaitForAsync(2);
        Assert.That(both.Select(r => r.Id), Is.EqualTo(new[] { first.Id, first.Id }));
        Assert.That(WebhookSignature.Verify(webhook.Secret, both[1].Id, both[1].Timestamp, both[1].Body, both[1].Signature), Is.True);
        await Expect(row.GetByTestId("delivery-attempts")).ToHaveTextAsync("2", DeliveryShown);
        await Expect(row.GetByTestId("delivery-status")).ToHaveTextAsync("Delivered", DeliveryShown);
    }

    [Test]
    public async Task A_disabled_webhook_shows_why_gets_no_ping_and_is_active_again_once_enabled()
    {
        var webhook = await AddWebhookAsync(NewUrl("disabled"), null, QuietEvent);
        await OpenAsync(webhook);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("disabled");
        await Expect(Page.GetByTestId("webhook-status")).ToHaveTextAsync("Disabled");
        await Expect(Page.GetByTestId("disabled-reason")).ToContainTextAsync("Disabled by Manager");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" })).ToBeDisabledAsync();
        await Page.GotoAsync("/webhooks");
        var row = Page.Locator($"tr[data-webhook='{webhook.Id}']");
        await Expect(row.GetByTestId("webhook-status")).ToContainTextAsync("Disabled");
        await Expect(row.GetByTestId("disabled-reason")).ToHaveTextAsync("Disabled by Manager");

        await OpenAsync(webhook);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enable" }).ClickAsync();
        await Expect(Page.GetByTestId("webhook-status")).ToHaveTextAsync("Active");
        await Expect(Page.GetByTestId("disabled-reason")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" })).ToBeEnabledAsync();
    }

    [Test]
    public async Task A_ping_from_a_page_opened_before_the_webhook_was_disabled_is_refused_with_a_message()
    {
        var url = NewUrl("stale");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);
        await OpenAsync(webhook);
        var otherTab = await Page.Context.NewPageAsync();
        await otherTab.GotoAsync($"/webhooks/{webhook.Id}");
        await otherTab.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(otherTab.GetByTestId("webhook-status")).ToHaveTextAsync("Disabled");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToHaveTextAsync("This subscription is disabled: enable it to ping it.");
        await Expect(Page.GetByTestId("flash")).ToHaveClassAsync(new Regex("alert-danger"));
        await Expect(Page.GetByTestId("webhook-status")).ToHaveTextAsync("Disabled");
        await Expect(Page.GetByTestId("deliveries-region").GetByTestId("empty-state")).ToBeVisibleAsync();
        Assert.That(_receiver.Received, Is.Empty);
    }

    [Test]
    public async Task Rotating_the_secret_shows_a_new_one_once_and_both_sign_for_a_day()
    {
        var url = NewUrl("rotated");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);
        await OpenAsync(webhook);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Rotate secret" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "New signing secret" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("secret-warning")).ToContainTextAsync("it will not be shown again");
        await Expect(Page.GetByTestId("secret-warning")).ToContainTextAsync("previous secret keeps signing too for 24 hours");
        var rotated = await Page.GetByLabel("Signing secret").InputValueAsync();
        Assert.That(rotated, Does.StartWith(WebhookSignature.SecretPrefix).And.Not.EqualTo(webhook.Secret));

        await Page.GetByRole(AriaRole.Link, new() { Name = "open the subscription" }).ClickAsync();
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(rotated));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" }).ClickAsync();
        var ping = (await _receiver.WaitForAsync(1)).Single();
        Assert.That(ping.Signature.Split(' '), Has.Length.EqualTo(2));
        Assert.That(WebhookSignature.Verify(rotated, ping.Id, ping.Timestamp, ping.Body, ping.Signature), Is.True, "signed by the new secret");
        Assert.That(WebhookSignature.Verify(webhook.Secret, ping.Id, ping.Timestamp, ping.Body, ping.Signature), Is.True, "and by the previous one");
    }

    [Test]
    public async Task A_webhook_is_deleted_after_a_confirmation_page()
    {
        var url = NewUrl("deleted");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);
        await OpenAsync(webhook);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Delete this webhook?" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("delete-form")).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync(url);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete webhook" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Webhooks" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("was deleted");
        await Expect(Page.Locator($"tr[data-webhook='{webhook.Id}']")).ToHaveCountAsync(0);
        var response = await Page.GotoAsync($"/webhooks/{webhook.Id}");
        Assert.That(response!.Status, Is.EqualTo(404));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Editing_changes_the_url_events_and_description()
    {
        var webhook = await AddWebhookAsync(NewUrl("before"), "Before", QuietEvent);
        await OpenAsync(webhook);
        var url = NewUrl("after");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Expect(Page.GetByLabel(QuietEvent, new() { Exact = true })).ToBeCheckedAsync();
        await Page.GetByLabel("URL", new() { Exact = true }).FillAsync(url);
        await Page.GetByLabel(QuietEvent, new() { Exact = true }).UncheckAsync();
        await Page.GetByLabel("All events (*)").CheckAsync();
        await Page.GetByLabel("Description").FillAsync("After");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("saved");
        await Expect(Page.GetByTestId("webhook-url")).ToHaveTextAsync(url);
        await Expect(Page.GetByTestId("webhook-events")).ToHaveTextAsync("All events *");
        await Expect(Page.GetByTestId("webhook-description")).ToHaveTextAsync("After");
        await Expect(Page.GetByTestId("webhook-status")).ToHaveTextAsync("Active");

        // Back to the quiet event: this subscription must not receive the rest of the suite's events.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Page.GetByLabel("All events (*)").UncheckAsync();
        await Page.GetByLabel(QuietEvent, new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByTestId("webhook-events")).ToHaveTextAsync(QuietEvent);
    }

    [Test]
    public async Task The_delivery_log_keeps_one_status_when_filtered()
    {
        var url = NewUrl("filtered");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);
        await OpenAsync(webhook);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" }).ClickAsync();
        var ping = (await _receiver.WaitForAsync(1)).Single();
        await Expect(Page.Locator($"tr[data-event-id='{ping.Id}']").GetByTestId("delivery-status")).ToHaveTextAsync("Delivered", DeliveryShown);

        await Page.GetByLabel("Status").SelectOptionAsync("Failed");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("Status=Failed"));
        await Expect(Page.GetByTestId("deliveries-region").GetByTestId("empty-state")).ToContainTextAsync("No delivery with this status");

        await Page.GetByLabel("Status").SelectOptionAsync("Delivered");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(Page.Locator($"tr[data-event-id='{ping.Id}']")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Redelivering_failed_deliveries_needs_a_time_and_says_how_many_were_sent_again()
    {
        var webhook = await AddWebhookAsync(NewUrl("failed"), null, QuietEvent);
        await OpenAsync(webhook);
        var send = Page.GetByRole(AriaRole.Button, new() { Name = "Redeliver failed since" });

        await send.ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='Redeliver.Since']")).ToContainTextAsync("must not be empty");

        await Page.GetByLabel("Failed since (UTC)").FillAsync("2026-01-01T00:00");
        await send.ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("No failed delivery since 2026-01-01 00:00 UTC");
    }

    [Test]
    public async Task An_invalid_url_is_refused_next_to_the_field_and_adds_nothing()
    {
        var description = $"Never added {Guid.NewGuid():N}"[..24];
        await Page.GotoAsync("/webhooks/new");
        await Page.GetByLabel("URL", new() { Exact = true }).FillAsync("not an address");
        await Page.GetByLabel(QuietEvent, new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Description").FillAsync(description);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add webhook" }).ClickAsync();

        await Expect(Page.Locator("[data-valmsg-for='Url']")).ToContainTextAsync("must be an absolute https address");
        await Expect(Page.GetByLabel("URL", new() { Exact = true })).ToHaveClassAsync(new Regex("input-validation-error"));
        await Expect(Page.GetByLabel(QuietEvent, new() { Exact = true })).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("Description")).ToHaveValueAsync(description);
        await Expect(Page.GetByLabel("Signing secret")).ToHaveCountAsync(0);

        await Page.GotoAsync("/webhooks");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Webhooks" })).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(description);
    }

    [Test]
    public async Task A_webhook_without_events_is_refused_next_to_the_events()
    {
        await Page.GotoAsync("/webhooks/new");
        await Page.GetByLabel("URL", new() { Exact = true }).FillAsync(NewUrl("no-events"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add webhook" }).ClickAsync();

        await Expect(Page.Locator("[data-valmsg-for='Events']")).ToContainTextAsync("Name at least one event type");
        await Expect(Page.GetByLabel("Signing secret")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Every_form_of_the_webhook_pages_carries_an_antiforgery_token_and_no_page_breaks_the_policy()
    {
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{Page.Url}: {message.Text}");
            }
        };
        var url = NewUrl("forms");
        var webhook = await AddWebhookAsync(url, null, QuietEvent);
        await OpenAsync(webhook);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send test ping" }).ClickAsync();
        var ping = (await _receiver.WaitForAsync(1)).Single();
        // The row's Redeliver form arrives with the log's refresh: it carries a token too.
        await Expect(Page.Locator($"tr[data-event-id='{ping.Id}']").GetByRole(AriaRole.Button, new() { Name = "Redeliver" }))
            .ToBeVisibleAsync(new() { Timeout = 20_000 });

        foreach (var path in new[] { $"/webhooks/{webhook.Id}", "/webhooks", "/webhooks/new", $"/webhooks/{webhook.Id}/edit", $"/webhooks/{webhook.Id}/delete" })
        {
            if (path != $"/webhooks/{webhook.Id}")
            {
                await Page.GotoAsync(path);
            }

            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var form in await Page.Locator("form[method='post']").AllAsync())
            {
                await Expect(form.Locator("input[name='__RequestVerificationToken']")).ToHaveCountAsync(1);
            }
        }

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public async Task A_webhook_posted_without_the_antiforgery_token_is_refused()
    {
        await Page.GotoAsync("/webhooks");
        var url = NewUrl("forged");
        var status = await Page.EvaluateAsync<int>(
            """
            async url => (await fetch('/webhooks/new', {
                method: 'POST',
                body: new URLSearchParams({ Url: url, Events: 'order.delivery_updated' }),
                redirect: 'manual',
            })).status
            """, url);
        Assert.That(status, Is.EqualTo(400));

        await Page.ReloadAsync();
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(url);
    }

    [Test]
    public async Task An_unknown_webhook_shows_a_not_found_page()
    {
        var response = await Page.GotoAsync($"/webhooks/{Guid.NewGuid()}");
        Assert.That(response!.Status, Is.EqualTo(404));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task The_navigation_leads_a_manager_to_the_webhooks()
    {
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Webhooks" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task An_agent_cannot_open_the_webhooks_pages()
    {
        var email = Seeder.UniqueEmail("hooks");
        await Seed.CreateAwayAgentAsync("Harper Hooks", email);
        var agent = await NewPageAsync();
        await SignInAsync(agent, email, Seeder.Password);
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "My desk" })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Webhooks" }))
            .ToHaveCountAsync(0);

        foreach (var path in new[] { "/webhooks", "/webhooks/new", $"/webhooks/{Guid.NewGuid()}" })
        {
            var response = await agent.GotoAsync(path);
            await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
            Assert.That(response!.Status, Is.EqualTo(403), path);
        }
    }

    /// <summary>Adds a webhook through the form and reads the secret from the page that shows it once.</summary>
    private async Task<AddedWebhook> AddWebhookAsync(string url, string? description, params string[] events)
    {
        await Page.GotoAsync("/webhooks/new");
        await Page.GetByLabel("URL", new() { Exact = true }).FillAsync(url);
        foreach (var type in events)
        {
            await Page.GetByLabel(type, new() { Exact = true }).CheckAsync();
        }

        if (description is not null)
        {
            await Page.GetByLabel("Description").FillAsync(description);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add webhook" }).ClickAsync();
        var secret = await Page.GetByLabel("Signing secret").InputValueAsync();
        var details = await Page.GetByRole(AriaRole.Link, new() { Name = "open the subscription" }).GetAttributeAsync("href");
        return new AddedWebhook(Guid.Parse(details!.Split('/').Last()), url, secret);
    }

    /// <summary>An address on this test's receiver that no other subscription uses.</summary>
    private string NewUrl(string name) => $"{_receiver.Url}/{name}-{Guid.NewGuid():N}";

    private async Task OpenAsync(AddedWebhook webhook)
    {
        await Page.GotoAsync($"/webhooks/{webhook.Id}");
        await Expect(Page.GetByTestId("webhook-url")).ToHaveTextAsync(webhook.Url);
    }

    private sealed record AddedWebhook(Guid Id, string Url, string Secret);
}
