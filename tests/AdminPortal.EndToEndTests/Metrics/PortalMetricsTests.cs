using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SupportDesk.AdminPortal.EndToEndTests;

// Outside SupportDesk.AdminPortal.EndToEndTests on purpose: that namespace's SetUpFixture starts the suite's portal
// and Chromium, which a scrape does not need.
namespace SupportDesk.AdminPortal.Metrics;

/// <summary>
/// The portal exports the same metrics as the API (the shared setup of Infrastructure), here on a management port:
/// a portal of its own on real Kestrel with both ports, on a database of its own.
/// </summary>
public sealed class PortalMetricsTests
{
    private const string Database = "supportdesk_portal_metrics";

    private PortalFactory _portal = null!;
    private HttpClient _public = null!;
    private HttpClient _management = null!;

    [OneTimeSetUp]
    public async Task StartAPortalWithAManagementPortAsync()
    {
        await TestDatabase.RecreateAsync(Database);
        var publicPort = FreePort();
        var managementPort = FreePort();
        _portal = new PortalFactory(new Dictionary<string, string>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:SupportDesk"] = TestDatabase.ConnectionStringFor(Database),
            ["Database:MigrateOnStartup"] = "true",
            ["Seed:Demo"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Metrics:Prometheus:Enabled"] = "true",
            ["Metrics:Prometheus:Port"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Metrics:SnapshotSeconds"] = "0",
        });
        _portal.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, publicPort);
            kestrel.Listen(IPAddress.Loopback, managementPort);
        });
        _portal.StartServer();
        // No redirects followed: the portal sends an unknown page to its sign-in form.
        _public = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{publicPort}") };
        _management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{managementPort}") };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _public.Dispose();
        _management.Dispose();
        await _portal.DisposeAsync();
    }

    [Test]
    public async Task The_management_port_serves_the_portals_metrics()
    {
        (await _public.GetAsync("/health/live")).EnsureSuccessStatusCode();

        using var response = await _management.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Match(new Regex("""^http_server_request_duration_seconds_count\{[^}]*http_route="/health/live"[^}]*\} [1-9]""", RegexOptions.Multiline)),
                "ASP.NET Core's request duration");
            Assert.That(text, Does.Contain("service_name=\"supportdesk-portal\""));
            Assert.That(text, Does.Match(new Regex("""^supportdesk_queue_length\{[^}]*priority="high"[^}]*\} 0""", RegexOptions.Multiline)),
                "the desk's gauges: an empty queue");
            Assert.That(text, Does.Contain("dotnet_gc_").And.Contain("microsoft_entityframeworkcore_"));
        });
    }

    [Test]
    public async Task The_public_port_does_not_serve_the_scrape_and_the_management_port_nothing_else()
    {
        using var onPublic = await _public.GetAsync("/metrics");
        using var healthOnManagement = await _management.GetAsync("/health/live");

        Assert.That(onPublic.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Redirect), "the portal's own answer to an unknown page");
        Assert.That(await onPublic.Content.ReadAsStringAsync(), Does.Not.Contain("supportdesk_"));
        Assert.That(healthOnManagement.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
