using System.Text.Json.Serialization;

namespace SupportDesk.Application.Tickets.Queries;

/// <summary>A ticket with its history.</summary>
public sealed record TicketDto : TicketSummaryDto
{
    public TicketDto()
    {
    }

    public TicketDto(TicketSummaryDto summary)
        : base(summary)
    {
    }

    /// <summary>What happened to the ticket, oldest first.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<TicketEventDto> History { get; init; } = [];
}
