namespace SupportDesk.Infrastructure.Metrics;

/// <summary>
/// <c>Metrics:Prometheus:*</c>: the scrape endpoint. It is never served anonymously on the public port: either on a
/// management <see cref="Port"/> that only the monitoring network reaches (the port then serves nothing else), or with
/// a <see cref="BearerToken"/> the scraper sends; both may be set.
/// </summary>
public sealed class PrometheusEndpointOptions
{
    /// <summary>Serve the scrape endpoint. Off unless configured (appsettings.Development.json and the compose file
    /// turn it on).</summary>
    public bool Enabled { get; set; }

    /// <summary>The scrape path.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>A management port: the endpoint answers only on connections to this port, which serves nothing else.
    /// The process listens on it besides its configured addresses (<c>urls</c> / <c>http_ports</c>); with Kestrel
    /// endpoints configured in code or under <c>Kestrel:Endpoints</c>, list it there too.</summary>
    public int? Port { get; set; }

    /// <summary>A secret the scraper sends as <c>Authorization: Bearer …</c>; required when no <see cref="Port"/> is set.</summary>
    public string? BearerToken { get; set; }
}
