namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>A webhook's host is, or resolves to, an address the desk does not call.</summary>
public sealed class WebhookAddressException(string message) : Exception(message);
