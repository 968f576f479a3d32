using System.Text.Json.Serialization;

namespace SupportDesk.Application.Webhooks.Queries;

/// <summary>A new subscription with its signing secret: the only answer that shows it (besides a rotation).</summary>
public sealed record WebhookCreatedDto : WebhookDto
{
    public WebhookCreatedDto(WebhookDto subscription, string secret)
        : base(subscription)
    {
        Secret = secret;
    }

    /// <summary><c>whsec_</c> + base64 of the key that signs every delivery. Keep it; it is not shown again.</summary>
    [JsonPropertyOrder(1)]
    public string Secret { get; init; }
}
