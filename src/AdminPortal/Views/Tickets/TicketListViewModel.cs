using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.AdminPortal.Views.Tickets;

public sealed record TicketListViewModel(
    TicketFilter Filter,
    PagedList<TicketSummaryDto> Tickets,
    bool IsManager,
    IReadOnlyList<AgentDto> Agents,
    CustomerDto? Customer);
