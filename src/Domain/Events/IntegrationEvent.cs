namespace SupportDesk.Domain.Events;

/// <summary>
/// An event for the shop's systems, written in the same transaction as the change it describes (the outbox) and
/// never changed after, except for its <see cref="Position"/>: that is given once, after the commit, by the one
/// sequencer, so positions increase in commit order and a feed reader never meets a lower one later.
/// </summary>
public sealed class IntegrationEvent
{
    private IntegrationEvent()
    {
        EventId = null!;
        Type = null!;
        Data = null!;
    }

    public IntegrationEvent(string type, string? subject, string data, DateTime occurredAt, Guid? subscriptionId = null)
    {
        EventId = NewEventId();
        Type = Guard.NotBlank(type, "event.invalid", "Type", EventTypes.MaxLength);
        Subject = subject;
        Data = data;
        OccurredAt = Guard.Utc(occurredAt);
        SubscriptionId = subscriptionId;
    }

    /// <summary>Insertion order, for the sequencer only; not commit order, so never shown.</summary>
    public long Sequence { get; private set; }

    /// <summary>The public id, unique forever: also the <c>webhook-id</c> of every delivery of the event.</summary>
    public string EventId { get; private set; }

    public string Type { get; private set; }

    /// <summary>The resource the event is about (<c>ticket:{id}</c>); deliveries of one subject keep their order.</summary>
    public string? Subject { get; private set; }

    /// <summary>The resource as the API returns it, as JSON.</summary>
    public string Data { get; private set; }

    public DateTime OccurredAt { get; private set; }

    /// <summary>Given after the commit by the sequencer; null until then, and forever for a ping.</summary>
    public long? Position { get; private set; }

    /// <summary>The one subscription a ping is for; null for every event of the feed.</summary>
    public Guid? SubscriptionId { get; private set; }

    /// <summary>Gives the event its place in the feed; called once, by the sequencer.</summary>
    public void PlaceAt(long position)
    {
        if (Position is not null || SubscriptionId is not null)
        {
            throw new InvalidOperationException($"Event {EventId} has a position already or is not for the feed.");
        }

        Position = position > 0 ? position : throw new ArgumentOutOfRangeException(nameof(position));
    }

    public static string NewEventId() => "evt_" + Guid.CreateVersion7().ToString("N");

    public static string SubjectOf(string kind, Guid id) => $"{kind}:{id}";
}
