namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>
/// Sign-in and registration are rate limited per client address. The suite's API allows thousands a minute; these
/// tests each start an API of their own with a limit of three (a fresh window per test), on the same database.
/// </summary>
public sealed class RateLimitTests
{
    private const int Permits = 3;

    private SupportDeskApiFactory _factory = null!;
    private ApiClient _client = null!;

    [SetUp]
    public void StartAnApiWithALowLimit() => _client = StartApi();

    /// <summary>On Kestrel, so that the client address is a real peer (127.0.0.1, a trusted proxy by default).</summary>
    private ApiClient StartApi(Dictionary<string, string?>? extra = null)
    {
        _factory = SupportDeskApiFactory.StartBeside(FunctionalTestRun.Database.ConnectionString, settings =>
        {
            settings["RateLimiting:AuthPermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (key, value) in extra ?? [])
            {
                settings[key] = value;
            }
        });
        return new ApiClient(_factory.CreateClient());
    }

    [TearDown]
    public async Task StopTheApiAsync() => await _factory.DisposeAsync();

    [Test]
    public async Task Signing_in_too_often_is_429_with_retry_after()
    {
        for (var attempt = 1; attempt <= Permits; attempt++)
        {
            Problems.Assert(await _client.IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"), HttpStatusCode.Unauthorized);
        }

        var refused = await _client.IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd");

        Problems.Assert(refused, HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Registering_too_often_is_429_with_retry_after()
    {
        var before = await FunctionalTestRun.Database.FingerprintAsync();
        for (var attempt = 1; attempt <= Permits; attempt++)
        {
            Problems.Assert(await _client.RegisterAsync(new RegisterRequest("not-an-email", "x", "")), HttpStatusCode.BadRequest);
        }

        var refused = await _client.RegisterAsync(new RegisterRequest("late@example.test", Desk.Password, "Too Late"));

        Problems.Assert(refused, HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "the refused registration created nothing");
    }

    [Test]
    public async Task Sign_in_and_registration_share_one_budget()
    {
        for (var attempt = 1; attempt <= Permits; attempt++)
        {
            Problems.Assert(await _client.IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"), HttpStatusCode.Unauthorized);
        }

        Problems.Assert(await _client.RegisterAsync(new RegisterRequest("late@example.test", Desk.Password, "Too Late")),
            HttpStatusCode.TooManyRequests, "request.rate_limited");
    }

    [Test]
    public async Task Confirming_codes_and_asking_for_new_ones_share_the_sign_in_budget()
    {
        for (var attempt = 1; attempt <= Permits; attempt++)
        {
            Problems.Assert(await _client.ConfirmEmailAsync("guess@example.test", $"{attempt:D8}"), HttpStatusCode.BadRequest,
                "account.confirmation_invalid");
        }

        Problems.Assert(await _client.ConfirmEmailAsync("guess@example.test", "99999999"), HttpStatusCode.TooManyRequests, "request.rate_limited");
        Problems.Assert(await _client.ResendConfirmationAsync("guess@example.test"), HttpStatusCode.TooManyRequests, "request.rate_limited");
    }

    [Test]
    public async Task Other_endpoints_do_not_share_the_sign_in_budget()
    {
        for (var attempt = 1; attempt <= Permits + 1; attempt++)
        {
            Problems.Assert(await _client.IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"),
                attempt <= Permits ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests);
        }

        for (var attempt = 1; attempt <= Permits + 2; attempt++)
        {
            Assert.That((await _client.GetAsync("/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));
            Problems.Assert(await _client.GetTicketsAsync(), HttpStatusCode.Unauthorized);
        }
    }

    [Test]
    public async Task Each_client_behind_a_trusted_proxy_has_its_own_budget()
    {
        var first = _client.FromClientAddress("203.0.113.1");
        for (var attempt = 1; attempt <= Permits; attempt++)
        {
            Problems.Assert(await first.IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"), HttpStatusCode.Unauthorized);
        }

        Problems.Assert(await first.IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"), HttpStatusCode.TooManyRequests, "request.rate_limited");
        Problems.Assert(await _client.FromClientAddress("203.0.113.2").IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"),
            HttpStatusCode.Unauthorized, null);
    }

    [Test]
    public async Task Forwarded_addresses_from_a_peer_that_is_not_a_known_proxy_are_ignored()
    {
        await _factory.DisposeAsync();
        var client = StartApi(new() { ["ForwardedHeaders:KnownProxies:0"] = "192.0.2.10" });
        for (var attempt = 1; attempt <= Permits; attempt++)
        {
            Problems.Assert(await client.FromClientAddress($"203.0.113.{attempt}").IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"),
                HttpStatusCode.Unauthorized);
        }

        Problems.Assert(await client.FromClientAddress("203.0.113.99").IssueTokenAsync("nobody@example.test", "Wrong-Passw0rd"),
            HttpStatusCode.TooManyRequests, "request.rate_limited");
    }
}
