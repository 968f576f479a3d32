using System.Net;
using SupportDesk.WebApi.FunctionalTests.Support;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>
/// Consumption limits (API4:2023): every endpoint is rate limited, per account when signed in (the budget of its
/// role) and per client address otherwise, and every response states the budget. An API of its own with low
/// budgets, on the suite's database; accounts and tokens come from the suite's API (same signing key).
/// </summary>
public sealed class ApiQuotaTests : FunctionalTest
{
    private const int CustomerBudget = 5;
    private const int IntegrationBudget = 8;
    private const int AnonymousBudget = 3;

    private SupportDeskApiFactory _factory = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void StartAnApiWithLowBudgets()
    {
        _factory = SupportDeskApiFactory.StartBeside(FunctionalTestRun.Database.ConnectionString, settings =>
        {
            settings["RateLimiting:CustomerPermitsPerMinute"] = CustomerBudget.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["RateLimiting:IntegrationPermitsPerMinute"] = IntegrationBudget.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["RateLimiting:AnonymousPermitsPerMinute"] = AnonymousBudget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        _http = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopTheApiAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task Every_response_states_the_callers_budget_in_ratelimit_headers()
    {
        var customer = await OnLowApiAsync(await Desk.RegisterCustomerAsync());

        var response = await customer.GetMyCustomerAsync();

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
        Assert.That(Header(response, "RateLimit-Policy"), Is.EqualTo($"\"customer\";q={CustomerBudget};w=60"));
        Assert.That(Header(response, "RateLimit"), Does.Match($"^\"customer\";r={CustomerBudget - 1};t=([1-9]|[1-5][0-9]|60)$"));
    }

    [Test]
    public async Task A_signed_in_caller_over_its_budget_gets_a_429_problem_with_retry_after()
    {
        var customer = await OnLowApiAsync(await Desk.RegisterCustomerAsync());
        for (var request = 1; request <= CustomerBudget; request++)
        {
            Assert.That((await customer.GetMyCustomerAsync()).Status, Is.EqualTo(HttpStatusCode.OK));
        }

        var refused = await customer.GetMyCustomerAsync();

        Problems.Assert(refused, HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.That(refused.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(Header(refused, "RateLimit"), Does.StartWith("\"customer\";r=0;"));
    }

    [Test]
    public async Task The_budget_is_per_account_so_another_account_at_the_same_address_is_served()
    {
        var first = await OnLowApiAsync(await Desk.RegisterCustomerAsync());
        var second = await OnLowApiAsync(await Desk.RegisterCustomerAsync());
        for (var request = 0; request <= CustomerBudget; request++)
        {
            await first.GetMyCustomerAsync();
        }

        Assert.That((await first.GetMyCustomerAsync()).Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await second.GetMyCustomerAsync()).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_integration_account_gets_the_larger_budget_of_its_role()
    {
        var shop = await OnLowApiAsync(await Desk.IntegrationAsync());
        for (var request = 1; request <= IntegrationBudget; request++)
        {
            var response = await shop.GetTicketsAsync();
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), $"request {request}");
        }

        var refused = await shop.GetTicketsAsync();

        Problems.Assert(refused, HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.That(Header(refused, "RateLimit-Policy"), Is.EqualTo($"\"integration\";q={IntegrationBudget};w=60"));
    }

    [Test]
    public async Task Anonymous_callers_are_limited_per_client_address()
    {
        var anonymous = new ApiClient(_http).FromClientAddress("203.0.113.50");
        for (var request = 1; request <= AnonymousBudget; request++)
        {
            Problems.Assert(await anonymous.GetTicketsAsync(), HttpStatusCode.Unauthorized);
        }

        var refused = await anonymous.GetAsync("/openapi/v1.json");

        Problems.Assert(refused, HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.That(Header(refused, "RateLimit-Policy"), Is.EqualTo($"\"anonymous\";q={AnonymousBudget};w=60"));
        Problems.Assert(await new ApiClient(_http).FromClientAddress("203.0.113.51").GetTicketsAsync(), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Health_probes_are_never_rate_limited()
    {
        var probe = new ApiClient(_http).FromClientAddress("203.0.113.52");
        for (var request = 0; request < AnonymousBudget * 3; request++)
        {
            Assert.That((await probe.GetAsync("/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    private async Task<ApiClient> OnLowApiAsync(CustomerSession customer) => await OnLowApiAsync(customer.Api);

    private Task<ApiClient> OnLowApiAsync(ApiClient signedIn) => Task.FromResult(new ApiClient(_http, signedIn.Token));

    private static string? Header(ApiResponse response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
