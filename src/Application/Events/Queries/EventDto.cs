using System.Text.Json;

namespace SupportDesk.Application.Events.Queries;

/// <summary>An event, as the feed lists it and as a webhook delivers it.</summary>
public sealed record EventDto
{
    /// <summary>Unique forever; the <c>webhook-id</c> of its deliveries, so a receiver can drop a repeat.</summary>
    public required string Id { get; init; }

    /// <summary>What happened, e.g. <c>ticket.resolved</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Its place in the feed: increases in commit order. Null only for a <c>ping</c>, which is not in the feed.</summary>
    public required long? Position { get; init; }

    /// <summary>When the change was committed (UTC).</summary>
    public required DateTime OccurredAt { get; init; }

    /// <summary>The resource as the API returns it after the change: a ticket, an agent or an order.</summary>
    public required JsonElement Data { get; init; }

    public static EventDto From(Domain.Events.IntegrationEvent row)
    {
        using var data = JsonDocument.Parse(row.Data);
        return new EventDto
        {
            Id = row.EventId,
            Type = row.Type,
            Position = row.Position,
            OccurredAt = row.OccurredAt,
            Data = data.RootElement.Clone(),
        };
    }
}
