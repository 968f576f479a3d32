using SupportDesk.Domain.Events;

namespace SupportDesk.Domain.Webhooks;

/// <summary>
/// One event on its way to one subscription: attempted until the receiver answers 2xx, on the
/// <see cref="RetrySchedule"/>, then delivered or failed. Deliveries of one subject (a ticket) to one subscription
/// go out in the order of their events' positions. An attempt is made by one process at a time: the one holding
/// the lease (<see cref="LeaseUntil"/>), taken and released by the delivery worker.
/// </summary>
public sealed class WebhookDelivery : Entity
{
    public const int ErrorLength = 500;

    private WebhookDelivery()
    {
        EventId = null!;
        EventType = null!;
    }

    public WebhookDelivery(WebhookSubscription subscription, IntegrationEvent integrationEvent, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        SubscriptionId = subscription.Id;
        EventSequence = integrationEvent.Sequence;
        EventId = integrationEvent.EventId;
        EventType = integrationEvent.Type;
        Subject = integrationEvent.Subject;
        Position = integrationEvent.Position;
        Status = DeliveryStatus.Pending;
        CreatedAt = Guard.Utc(now);
        WindowStart = now;
        NextAttemptAt = now;
    }

    public Guid SubscriptionId { get; private set; }

    public long EventSequence { get; private set; }

    public string EventId { get; private set; }

    public string EventType { get; private set; }

    public string? Subject { get; private set; }

    /// <summary>The event's position (null for a ping): the order of deliveries of one subject.</summary>
    public long? Position { get; private set; }

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the 24 hours of retries started: the delivery's creation, or its last redelivery.</summary>
    public DateTime WindowStart { get; private set; }

    /// <summary>When it is due; null once delivered or failed.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public int? DurationMs { get; private set; }

    /// <summary>The process sending the current attempt, while it holds the lease.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    /// <summary>Records an attempt's answer and releases the lease. A 2xx delivers; anything else is tried again
    /// later, or fails for good once the retry window is over.</summary>
    /// <param name="statusCode">The receiver's status code; null when there was no answer.</param>
    /// <param name="error">What went wrong, when something did.</param>
    /// <param name="duration">How long the attempt took.</param>
    /// <param name="now">When it ended.</param>
    /// <param name="jitter">In [0, 1): spreads the next attempt.</param>
    public void RecordAttempt(int? statusCode, string? error, TimeSpan duration, DateTime now, double jitter)
    {
        Guard.Utc(now);
        EnsurePending();
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        DurationMs = (int)Math.Clamp(duration.TotalMilliseconds, 0, int.MaxValue);
        LeaseOwner = null;
        LeaseUntil = null;
        if (statusCode is >= 200 and < 300)
        {
            Status = DeliveryStatus.Delivered;
            LastError = null;
            NextAttemptAt = null;
            return;
        }

        LastError = Truncate(error ?? $"The receiver answered {statusCode}.");
        NextAttemptAt = RetrySchedule.Next(Attempts, WindowStart, now, jitter);
        if (NextAttemptAt is null)
        {
            Status = DeliveryStatus.Failed;
        }
    }

    /// <summary>Sends a delivered or failed event again, now, with a new retry window.</summary>
    public void Redeliver(DateTime now)
    {
        if (Status == DeliveryStatus.Pending)
        {
            throw new DomainException(WebhookErrorCodes.DeliveryPending, "This delivery is still pending: it is sent on its schedule.");
        }

        Status = DeliveryStatus.Pending;
        WindowStart = Guard.Utc(now);
        NextAttemptAt = now;
    }

    private void EnsurePending()
    {
        if (Status != DeliveryStatus.Pending)
        {
            throw new InvalidOperationException($"Delivery {Id} is {Status}: no attempt is recorded.");
        }
    }

    private static string Truncate(string value) => value.Length <= ErrorLength ? value : value[..ErrorLength];
}
