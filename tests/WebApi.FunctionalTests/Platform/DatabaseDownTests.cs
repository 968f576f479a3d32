namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>
/// An API whose database cannot be reached (a closed port; the suite's MariaDB keeps running): it still starts,
/// says it is not ready, and answers 503 problems instead of 500s. Tokens from the suite's API are valid here (same
/// signing key), so protected endpoints get as far as the database.
/// </summary>
public sealed class DatabaseDownTests
{
    private SupportDeskApiFactory _factory = null!;
    private ApiClient _anonymous = null!;
    private ApiClient _manager = null!;

    [OneTimeSetUp]
    public async Task StartAnApiWithoutADatabaseAsync()
    {
        var settings = SupportDeskApiFactory.Settings(
            "Server=127.0.0.1;Port=1;User ID=nobody;Password=nothing;Database=supportdesk_unreachable;Connection Timeout=2");
        settings["Database:MigrateOnStartup"] = "false";
        settings["Assignment:Enabled"] = "false";
        _factory = new SupportDeskApiFactory(settings);
        _anonymous = new ApiClient(_factory.CreateClient());
        _manager = _anonymous.WithToken((await new Desk().ManagerAsync()).Token);
    }

    [OneTimeTearDown]
    public async Task StopTheApiAsync() => await _factory.DisposeAsync();

    [Test]
    public async Task Readiness_is_503()
    {
        var response = await _anonymous.GetAsync("/health/ready");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), response.ToString());
        Assert.That(response.Json.GetProperty("checks").GetProperty("database").GetString(), Is.EqualTo("Unhealthy"));
    }

    [Test]
    public async Task Liveness_stays_200()
    {
        Assert.That((await _anonymous.GetAsync("/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Signing_in_is_a_503_problem()
    {
        Problems.Assert(await _anonymous.IssueTokenAsync("someone@example.test", Desk.Password), HttpStatusCode.ServiceUnavailable,
            "service.unavailable");
    }

    [Test]
    public async Task Registering_is_a_503_problem()
    {
        Problems.Assert(await _anonymous.RegisterAsync(new RegisterRequest("someone@example.test", Desk.Password, "Some One")),
            HttpStatusCode.ServiceUnavailable, "service.unavailable");
    }

    [Test]
    public async Task Reading_tickets_is_a_503_problem()
    {
        Problems.Assert(await _manager.GetTicketsAsync(), HttpStatusCode.ServiceUnavailable, "service.unavailable");
    }

    [Test]
    public async Task Adding_an_agent_is_a_503_problem()
    {
        var response = await _manager.CreateAgentAsync(new CreateAgentRequest("Down Agent", "down@example.test", Desk.Password));

        Problems.Assert(response, HttpStatusCode.ServiceUnavailable, "service.unavailable");
    }

    [Test]
    public async Task Bad_input_is_still_a_400_without_touching_the_database()
    {
        Problems.Assert(await _anonymous.RegisterAsync(new RegisterRequest("not-an-email", "x", "")), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task The_openapi_document_is_still_served()
    {
        Assert.That((await _anonymous.GetAsync("/openapi/v1.json")).Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
