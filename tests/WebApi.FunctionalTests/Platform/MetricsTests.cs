using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>
/// The suite's API serves Prometheus metrics on its public port at /metrics, behind a bearer token
/// (Metrics:Prometheus:BearerToken): the framework's meters (ASP.NET Core, HttpClient, EF Core, the runtime) and the
/// desk's own, with the values of what the tests did.
/// </summary>
public sealed class MetricsTests : FunctionalTest
{
    private static HttpClient Http => FunctionalTestRun.Http;

    [Test]
    public async Task A_scrape_shows_the_framework_meters()
    {
        (await Desk.Anonymous.GetAsync("/health/live")).Expect(HttpStatusCode.OK);

        var scrape = await MetricsScrape.TakeAsync(Http);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Value("http_server_request_duration_seconds_count", ("http_route", "/health/live")),
                Is.GreaterThanOrEqualTo(1), "ASP.NET Core: request duration by route");
            Assert.That(scrape.Names.Where(n => n.StartsWith("microsoft_entityframeworkcore_", StringComparison.Ordinal)),
                Is.Not.Empty, "EF Core 9's meter");
            Assert.That(scrape.Names.Where(n => n.StartsWith("dotnet_gc_", StringComparison.Ordinal)), Is.Not.Empty, "the runtime's meter");
            Assert.That(scrape.Names.Where(n => n.StartsWith("kestrel_", StringComparison.Ordinal)), Is.Not.Empty, "Kestrel's meter");
        }
    }

    [Test]
    public async Task Opening_assigning_and_resolving_a_ticket_move_the_desks_counters()
    {
        var before = await MetricsScrape.TakeAsync(Http);
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        (await agent.Api.ResolveTicketAsync(ticket.Id, ResolutionOutcome.StoreCredit, "Credit issued.")).Expect(HttpStatusCode.OK);

        var after = await MetricsScrape.TakeAsync(Http);

        var priority = ("priority", ticket.Priority.ToString().ToLowerInvariant());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Delta(before, after, "supportdesk_tickets_opened_total", priority), Is.EqualTo(1), after.Text);
            Assert.That(Delta(before, after, "supportdesk_tickets_resolved_total", ("outcome", "storecredit")), Is.EqualTo(1));
            Assert.That(Delta(before, after, "supportdesk_tickets_time_to_assignment_seconds_count", priority), Is.EqualTo(1));
            Assert.That(Delta(before, after, "supportdesk_tickets_time_to_assignment_seconds_sum", priority),
                Is.GreaterThan(0).And.LessThan(60), "seconds from opening to assignment");
            Assert.That(Delta(before, after, "http_server_request_duration_seconds_count", ("http_route", "api/tickets"),
                ("http_request_method", "POST")), Is.EqualTo(1), "the open request, by route");
        }
    }

    [Test]
    public async Task The_queue_length_by_priority_is_what_the_database_holds()
    {
        // Nobody to take them: the tickets wait.
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line(quantity: 5));
        await Desk.OpenTicketAsync(customer, order);
        (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.NoLongerNeeded))).Expect(HttpStatusCode.Created);
        (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.NoLongerNeeded))).Expect(HttpStatusCode.Created);

        var scrape = await MetricsScrape.TakeAsync(Http);

        var waiting = await WaitingByPriorityAsync();
        Assert.That(waiting.Values.Sum(), Is.EqualTo(3));
        using (Assert.EnterMultipleScope())
        {
            foreach (var priority in Enum.GetValues<Domain.Tickets.TicketPriority>())
            {
                Assert.That(scrape.Value("supportdesk_queue_length", ("priority", priority.ToString().ToLowerInvariant())),
                    Is.EqualTo(waiting.GetValueOrDefault(priority)), $"{priority}: {scrape.Text}");
            }

            Assert.That(scrape.Has("supportdesk_emails_pending"), Is.True, "the emails gauge");
        }
    }

    [Test]
    public async Task Webhook_deliveries_report_their_lag_and_their_failures()
    {
        await using var good = new WebhookReceiver();
        await using var failing = new WebhookReceiver { Answer = _ => 503 };
        var shop = await Desk.IntegrationAsync();
        (await shop.CreateWebhookAsync(new WebhookRequest(good.Url, ["ticket.opened"]))).Expect(HttpStatusCode.Created);
        (await shop.CreateWebhookAsync(new WebhookRequest(failing.Url, ["ticket.opened"]))).Expect(HttpStatusCode.Created);
        var before = await MetricsScrape.TakeAsync(Http);
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        await Desk.OpenTicketAsync(customer, order);

        await good.WaitForAsync(1);
        await failing.WaitForAsync(1);
        var after = await Eventually.Until(() => MetricsScrape.TakeAsync(Http),
            scrape => Delta(before, scrape, "supportdesk_webhooks_delivery_failures_total") >= 1
                && Delta(before, scrape, "supportdesk_webhooks_delivery_lag_seconds_count") >= 1,
            "the delivery and the failed attempt are recorded");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Delta(before, after, "supportdesk_webhooks_delivery_lag_seconds_count"), Is.EqualTo(1));
            Assert.That(Delta(before, after, "supportdesk_webhooks_delivery_failures_total",
                ("reason", "http_status"), ("status_class", "5xx")), Is.GreaterThanOrEqualTo(1));
            Assert.That(Delta(before, after, "http_client_request_duration_seconds_count", ("http_request_method", "POST")),
                Is.GreaterThanOrEqualTo(2), "HttpClient: the two attempts");
        }
    }

    [Test]
    public async Task Without_the_token_the_scrape_is_refused()
    {
        using var response = await MetricsScrape.SendAsync(Http, token: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("supportdesk_"));
    }

    [Test]
    public async Task A_wrong_token_is_refused()
    {
        using var response = await MetricsScrape.SendAsync(Http, "not-the-scrape-token-0123456789");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_signed_in_customer_or_manager_cannot_scrape()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var manager = await Desk.ManagerAsync();

        using var asCustomer = await MetricsScrape.SendAsync(Http, customer.Api.Token);
        using var asManager = await MetricsScrape.SendAsync(Http, manager.Token);

        Assert.That(asCustomer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(asManager.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the scrape token is not a user's");
    }

    private static double Delta(MetricsScrape before, MetricsScrape after, string name, params (string, string)[] labels) =>
        after.Value(name, labels) - before.Value(name, labels);

    private static async Task<Dictionary<Domain.Tickets.TicketPriority, long>> WaitingByPriorityAsync()
    {
        await using var scope = FunctionalTestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.Tickets.Where(t => t.Status == Domain.Tickets.TicketStatus.Open)
            .GroupBy(t => t.Priority)
            .ToDictionaryAsync(g => g.Key, g => g.LongCount());
    }
}
