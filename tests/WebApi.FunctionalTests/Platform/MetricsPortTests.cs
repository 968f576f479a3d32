using System.Net.Sockets;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>
/// With Metrics:Prometheus:Port set (and no token), the scrape is served on that management port only, to anyone who
/// reaches it, and the port serves nothing else; the public port does not serve it, whatever the Host header says. An
/// API of its own beside the suite's, on real Kestrel with both ports.
/// </summary>
public sealed class MetricsPortTests
{
    private SupportDeskApiFactory _factory = null!;
    private HttpClient _public = null!;
    private HttpClient _management = null!;
    private int _managementPort;

    [OneTimeSetUp]
    public void StartAnApiWithAManagementPort()
    {
        var publicPort = FreePort();
        _managementPort = FreePort();
        var settings = SupportDeskApiFactory.Settings(FunctionalTestRun.Database.ConnectionString);
        settings["Database:MigrateOnStartup"] = "false";
        settings["Assignment:Enabled"] = "false";
        settings.Remove("Metrics:Prometheus:BearerToken");
        settings["Metrics:Prometheus:Port"] = _managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory = new SupportDeskApiFactory(settings);
        _factory.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, publicPort);
            kestrel.Listen(IPAddress.Loopback, _managementPort);
        });
        _factory.StartServer();
        _public = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{publicPort}") };
        _management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_managementPort}") };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _public.Dispose();
        _management.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task The_management_port_serves_the_scrape_without_a_token()
    {
        (await _public.GetAsync("/health/live")).EnsureSuccessStatusCode();

        var scrape = await MetricsScrape.TakeAsync(_management, token: null);

        Assert.That(scrape.Value("http_server_request_duration_seconds_count", ("http_route", "/health/live")), Is.GreaterThanOrEqualTo(1));
        Assert.That(scrape.Has("supportdesk_queue_length"), Is.True);
    }

    [Test]
    public async Task The_public_port_does_not_serve_the_scrape()
    {
        using var plain = await MetricsScrape.SendAsync(_public, token: null);
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        spoofed.Headers.Host = $"127.0.0.1:{_managementPort}";
        using var withHost = await _public.SendAsync(spoofed);

        Assert.That(plain.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized));
        Assert.That(withHost.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized), "the Host header does not choose the port");
        Assert.That(await plain.Content.ReadAsStringAsync(), Does.Not.Contain("supportdesk_"));
    }

    [Test]
    public async Task The_management_port_serves_nothing_else()
    {
        using var health = await _management.GetAsync("/health/live");
        using var api = await _management.GetAsync("/openapi/v1.json");

        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
