using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>
/// Who reaches the scrape endpoint. The management port is told by the connection's local port, never by the
/// <c>Host</c> header (a client on the public port could write any port there).
/// </summary>
public static class ScrapeAccess
{
    /// <summary>The connection came in on the management port.</summary>
    public static bool OnManagementPort(HttpContext context, PrometheusEndpointOptions options) =>
        options.Port is { } port && context.Connection.LocalPort == port;

    /// <summary>The request asks for the scrape, on the right port when a management port is set.</summary>
    public static bool IsScrape(HttpContext context, PrometheusEndpointOptions options) =>
        context.Request.Path.Equals(options.Path, StringComparison.OrdinalIgnoreCase)
        && (options.Port is null || OnManagementPort(context, options));

    /// <summary>With a token configured, the request carries it (compared in constant time); without one, only the
    /// management port reaches the scrape (the validator refuses neither being set).</summary>
    public static bool IsAllowed(HttpContext context, PrometheusEndpointOptions options)
    {
        if (string.IsNullOrEmpty(options.BearerToken))
        {
            return OnManagementPort(context, options);
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim())),
            SHA256.HashData(Encoding.UTF8.GetBytes(options.BearerToken)));
    }
}
