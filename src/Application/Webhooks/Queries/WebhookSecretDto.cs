namespace SupportDesk.Application.Webhooks.Queries;

/// <summary>A new signing secret. The previous one goes on signing (beside it) for 24 hours.</summary>
/// <param name="Secret"><c>whsec_</c> + base64 of the new key.</param>
public sealed record WebhookSecretDto(string Secret);
