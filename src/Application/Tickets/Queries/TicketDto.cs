using System.Text.Json.Serialization;
using SupportDesk.Application.Conversation;

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

    /// <summary>The files on the ticket itself (given when opening it, or without a message), oldest first; files
    /// shown with a message are in the conversation.</summary>
    [JsonPropertyOrder(2)]
    public IReadOnlyList<AttachmentDto> Attachments { get; init; } = [];
}
