namespace SupportDesk.Application.Common.Interfaces;

/// <summary>Which URLs the desk calls. Refuses (with a <see cref="Exceptions.ValidationException"/> on the url) a URL that is not https or whose host is, or resolves to, a loopback, private,
/// link-local or metadata address, unless private networks are allowed by configuration. Checked again when
/// connecting, since DNS can change.</summary>
public interface IWebhookAddressPolicy
{
    Task EnsureAllowedAsync(string url, CancellationToken cancellationToken);
}
