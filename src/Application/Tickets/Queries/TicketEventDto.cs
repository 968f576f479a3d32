using AutoMapper;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

/// <summary>One step in a ticket's history.</summary>
public sealed record TicketEventDto
{
    /// <summary>What happened: opened, assigned, returned to the queue, resolved.</summary>
    public TicketEventType Type { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime At { get; init; }

    /// <summary>Who did it: the customer, an agent, a manager or the desk (assignment).</summary>
    public string Actor { get; init; } = string.Empty;

    /// <summary>More about it (e.g. the outcome), or null.</summary>
    public string? Detail { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TicketEvent, TicketEventDto>();
    }
}
