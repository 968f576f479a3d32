using AutoMapper;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

public sealed record TicketEventDto
{
    public TicketEventType Type { get; init; }

    public DateTime At { get; init; }

    public string Actor { get; init; } = string.Empty;

    public string? Detail { get; init; }

    /// <summary>A copy of the entity, so AutoMapper maps it, in queries (ProjectTo) and commands (Map) alike; reads that
    /// shape their SQL are projected by hand instead (docs/decisions/0006-mapping-reads.md).</summary>
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TicketEvent, TicketEventDto>();
    }
}
