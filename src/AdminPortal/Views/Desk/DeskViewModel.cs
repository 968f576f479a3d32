using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.AdminPortal.Views.Desk;

public sealed record DeskViewModel(MyAgentDto Desk, ResolveTicketForm Resolve, ReplyForm Reply, ThreadViewModel Thread)
{
    /// <summary>The customer's other tickets, newest first (a page), with who holds them.</summary>
    public IReadOnlyList<TicketSummaryDto> CustomerTickets { get; init; } = [];

    /// <summary>How many tickets the customer has besides this one.</summary>
    public int OtherTicketCount { get; init; }

    /// <summary>The customer's latest orders (a page).</summary>
    public IReadOnlyList<OrderDto> CustomerOrders { get; init; } = [];

    public int OrderCount { get; init; }

    /// <summary>Changes when the panel must be redrawn: another ticket, or none.</summary>
    public string LiveKey => Desk.CurrentTicket is { } ticket ? $"ticket-{ticket.Id}" : $"none-{Desk.Agent.Available}";
}
