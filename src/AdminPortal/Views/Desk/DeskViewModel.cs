using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Agents.Queries.GetMyAgent;

namespace SupportDesk.AdminPortal.Views.Desk;

public sealed record DeskViewModel(MyAgentDto Desk, ResolveTicketForm Resolve, ReplyForm Reply, ThreadViewModel Thread)
{
    /// <summary>Changes when the panel must be redrawn: another ticket, or none.</summary>
    public string LiveKey => Desk.CurrentTicket is { } ticket ? $"ticket-{ticket.Id}" : $"none-{Desk.Agent.Available}";
}
