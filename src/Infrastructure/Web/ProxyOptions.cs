namespace SupportDesk.Infrastructure.Web;

/// <summary>
/// The reverse proxies (TLS terminator, load balancer) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// both hosts believe: the client's address then keys every rate limit and sign-in throttle, and a request that came
/// in over HTTPS is known as such (Secure cookies, HSTS). Headers from anyone else are ignored.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>. With neither this nor <see cref="KnownNetworks"/>,
    /// only a proxy on the same machine (loopback) is believed.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add themselves to <c>X-Forwarded-For</c>.</summary>
    public int ForwardLimit { get; set; } = 1;
}
