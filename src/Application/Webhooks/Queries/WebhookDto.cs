using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Queries;

/// <summary>A webhook subscription. The secret is never shown again after its creation or rotation.</summary>
public record WebhookDto
{
    public WebhookDto()
    {
    }

    protected WebhookDto(WebhookDto other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Id = other.Id;
        Url = other.Url;
        Events = other.Events;
        Description = other.Description;
        Status = other.Status;
        DisabledReason = other.DisabledReason;
        CreatedAt = other.CreatedAt;
        LastSuccessAt = other.LastSuccessAt;
        FailingSince = other.FailingSince;
    }

    /// <summary>The subscription's id.</summary>
    public Guid Id { get; init; }

    /// <summary>Where events are posted.</summary>
    public string Url { get; init; } = "";

    /// <summary>The event types it receives, or <c>["*"]</c> for all.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>What it is for, in the integrator's words.</summary>
    public string? Description { get; init; }

    /// <summary><c>Active</c>, or <c>Disabled</c> by a person or after 24 hours without a successful delivery.</summary>
    public SubscriptionStatus Status { get; init; }

    /// <summary>Why it is disabled; null while active.</summary>
    public string? DisabledReason { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>The last delivery the receiver accepted; null before the first.</summary>
    public DateTime? LastSuccessAt { get; init; }

    /// <summary>The first failed attempt since the last success; null while deliveries succeed.</summary>
    public DateTime? FailingSince { get; init; }

    public static WebhookDto From(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new WebhookDto
        {
            Id = subscription.Id,
            Url = subscription.Url,
            Events = subscription.EventTypes,
            Description = subscription.Description,
            Status = subscription.Status,
            DisabledReason = subscription.DisabledReason,
            CreatedAt = subscription.CreatedAt,
            LastSuccessAt = subscription.LastSuccessAt,
            FailingSince = subscription.FailingSince,
        };
    }
}
