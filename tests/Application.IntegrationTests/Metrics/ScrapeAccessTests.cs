using Microsoft.AspNetCore.Http;
using SupportDesk.Infrastructure.Metrics;

namespace SupportDesk.Application.IntegrationTests.Metrics;

/// <summary>Who reaches the scrape: the connection's local port tells the management port (never the Host header),
/// and a configured token must come as <c>Authorization: Bearer</c>.</summary>
public sealed class ScrapeAccessTests
{
    private const string Token = "a-scrape-token-of-32-characters!";

    private static HttpContext Request(int localPort, string path = "/metrics", string? authorization = null, string? host = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.LocalPort = localPort;
        context.Request.Path = path;
        context.Request.Host = new HostString(host ?? $"desk.example.com:{localPort}");
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return context;
    }

    [Test]
    public void With_a_management_port_only_connections_to_it_are_scrapes()
    {
        var options = new PrometheusEndpointOptions { Enabled = true, Port = 9464 };

        Assert.Multiple(() =>
        {
            Assert.That(ScrapeAccess.IsScrape(Request(9464), options), Is.True);
            Assert.That(ScrapeAccess.IsAllowed(Request(9464), options), Is.True, "no token: the port is the protection");
            Assert.That(ScrapeAccess.IsScrape(Request(8080), options), Is.False);
            Assert.That(ScrapeAccess.IsScrape(Request(8080, host: "desk.example.com:9464"), options), Is.False,
                "the Host header does not choose the port");
            Assert.That(ScrapeAccess.IsScrape(Request(9464, "/metrics/other"), options), Is.False);
        });
    }

    [Test]
    public void With_a_token_the_scrape_needs_it()
    {
        var options = new PrometheusEndpointOptions { Enabled = true, BearerToken = Token };

        Assert.Multiple(() =>
        {
            Assert.That(ScrapeAccess.IsScrape(Request(8080, "/METRICS"), options), Is.True);
            Assert.That(ScrapeAccess.IsAllowed(Request(8080, authorization: $"Bearer {Token}"), options), Is.True);
            Assert.That(ScrapeAccess.IsAllowed(Request(8080, authorization: $"bearer {Token}"), options), Is.True, "the scheme is case-insensitive");
            Assert.That(ScrapeAccess.IsAllowed(Request(8080), options), Is.False, "anonymous");
            Assert.That(ScrapeAccess.IsAllowed(Request(8080, authorization: "Bearer another-token-of-32-characters!!"), options), Is.False);
            Assert.That(ScrapeAccess.IsAllowed(Request(8080, authorization: $"Basic {Token}"), options), Is.False);
        });
    }

    [Test]
    public void With_both_the_management_port_still_needs_the_token()
    {
        var options = new PrometheusEndpointOptions { Enabled = true, Port = 9464, BearerToken = Token };

        Assert.That(ScrapeAccess.IsAllowed(Request(9464), options), Is.False);
        Assert.That(ScrapeAccess.IsAllowed(Request(9464, authorization: $"Bearer {Token}"), options), Is.True);
    }
}
