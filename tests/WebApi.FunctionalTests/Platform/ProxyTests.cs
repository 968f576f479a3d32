using System.Net;

namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>
/// Security review, finding 4: behind a trusted proxy (loopback, by default) the API knows the original scheme, and
/// answers a request that came in over HTTPS with HSTS. The suite runs in the Testing environment (not Development).
/// </summary>
public sealed class ProxyTests
{
    [Test]
    public async Task A_request_that_came_in_over_https_at_the_proxy_gets_hsts()
    {
        using var response = await SendAsync(forwardedProto: "https");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), Is.True, "HSTS sent");
        Assert.That(hsts!.Single(), Does.StartWith("max-age="));
    }

    [Test]
    public async Task A_plain_http_request_gets_no_hsts()
    {
        using var response = await SendAsync(forwardedProto: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False, "HSTS only means something over HTTPS");
    }

    private static Task<HttpResponseMessage> SendAsync(string? forwardedProto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        // HSTS is never sent to localhost; the proxy forwards the public host name.
        request.Headers.Host = "desk.example.test";
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        return FunctionalTestRun.Http.SendAsync(request);
    }
}
