using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Queries;

/// <summary>One event on its way to a subscription, with its last attempt.</summary>
public sealed record WebhookDeliveryDto
{
    /// <summary>The delivery's id, to redeliver it.</summary>
    public Guid Id { get; init; }

    /// <summary>The event's id: the <c>webhook-id</c> header of every attempt.</summary>
    public string EventId { get; init; } = "";

    /// <summary>The event's type, e.g. <c>ticket.resolved</c>.</summary>
    public string EventType { get; init; } = "";

    /// <summary><c>Pending</c> (waiting for its next attempt), <c>Delivered</c> (answered 2xx) or <c>Failed</c>
    /// (no 2xx within 24 hours of attempts).</summary>
    public DeliveryStatus Status { get; init; }

    /// <summary>Attempts made so far.</summary>
    public int Attempts { get; init; }

    /// <summary>The status code of the last answer; null when there was none (timeout, refused connection).</summary>
    public int? LastStatusCode { get; init; }

    /// <summary>What went wrong in the last attempt; null after a success.</summary>
    public string? LastError { get; init; }

    /// <summary>When the last attempt ended; null before the first.</summary>
    public DateTime? LastAttemptAt { get; init; }

    /// <summary>When it is tried next; null once delivered or failed.</summary>
    public DateTime? NextAttemptAt { get; init; }

    /// <summary>How long the last attempt took, in milliseconds.</summary>
    public int? DurationMs { get; init; }

    /// <summary>When the event was queued for this subscription (UTC).</summary>
    public DateTime CreatedAt { get; init; }
}
