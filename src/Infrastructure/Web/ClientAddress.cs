using Microsoft.AspNetCore.Http;

namespace SupportDesk.Infrastructure.Web;

/// <summary>
/// The address of the client a request comes from: the connection's peer, or, behind a trusted proxy, the address
/// the proxy forwarded (the forwarded-headers middleware runs first in both hosts). Every rate-limit partition and
/// every sign-in throttle keys on it.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : Unknown;
}
