using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.AdminPortal.Views.Tickets;

/// <summary>A ticket with its whole conversation, internal notes included; for a manager and a ticket in progress,
/// the agents free to take it over.</summary>
public sealed record TicketDetailsViewModel(TicketDto Ticket, ThreadViewModel Thread)
{
    public IReadOnlyList<AgentDto> FreeAgents { get; init; } = [];
}
