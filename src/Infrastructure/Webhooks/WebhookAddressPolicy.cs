using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>
/// Keeps webhooks off the desk's own network (SSRF): a subscription's URL must be https and its host must resolve
/// only to public addresses; when connecting, the name is resolved again and only a public address is dialled, so a
/// DNS answer that changed after the check cannot point a delivery inside. <c>Webhooks:AllowPrivateNetworks</c>
/// lifts both checks (tests and local runs).
/// </summary>
public sealed class WebhookAddressPolicy(IOptions<WebhookOptions> options) : IWebhookAddressPolicy
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    public async Task EnsureAllowedAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new DomainException(WebhookErrorCodes.Invalid, "The URL is not an absolute address.");
        }

        if (options.Value.AllowPrivateNetworks)
        {
            return;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw Refused("Webhook URLs use https.");
        }

        try
        {
            await ResolvePublicAsync(uri.IdnHost, cancellationToken);
        }
        catch (WebhookAddressException ex)
        {
            throw Refused(ex.Message);
        }
    }

    /// <summary>The connection for a delivery: to a public address of the host, or refused.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        IPAddress[] addresses = options.Value.AllowPrivateNetworks
            ? await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken)
            : await ResolvePublicAsync(endpoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress[]> ResolvePublicAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            using var resolving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            resolving.CancelAfter(ResolveTimeout);
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, resolving.Token);
            }
            catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new WebhookAddressException($"The host {host} does not resolve.");
            }
        }

        if (addresses.Length == 0 || !addresses.All(NetworkAddresses.IsPublic))
        {
            throw new WebhookAddressException(
                $"The host {host} is, or resolves to, a loopback, private, link-local or reserved address; webhooks go to public addresses only.");
        }

        return addresses;
    }

    /// <summary>A 400 on the url field: the request is wrong, not the state of the desk.</summary>
    private static ValidationException Refused(string message) => new("url", message);
}
