using SupportDesk.Application.Webhooks.Queries;

namespace SupportDesk.AdminPortal.Views.Webhooks;

/// <summary>A signing secret, shown in the answer to the request that made it and never again.</summary>
/// <param name="Webhook">The subscription it signs for.</param>
/// <param name="Secret"><c>whsec_</c> + base64 of the key.</param>
/// <param name="Rotated">True after a rotation: the previous secret goes on signing for 24 hours.</param>
public sealed record WebhookSecretViewModel(WebhookDto Webhook, string Secret, bool Rotated);
