using AutoMapper;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

public sealed record TicketEventDto
{
    public TicketEventType Type { get; init; }

    public DateTime At { get; init; }

    public string Actor { get; init; } = string.Empty;

    public string? Detail { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TicketEvent, TicketEventDto>();
    }
}
