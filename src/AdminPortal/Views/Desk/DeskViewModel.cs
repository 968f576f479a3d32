using System.ComponentModel.DataAnnotations;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.Views.Desk;

public sealed record DeskViewModel(MyAgentDto Desk, ResolveTicketForm Resolve)
{
    /// <summary>Changes when the panel must be redrawn: another ticket, or none.</summary>
    public string LiveKey => Desk.CurrentTicket is { } ticket ? $"ticket-{ticket.Id}" : $"none-{Desk.Agent.Available}";
}

public sealed record ResolveTicketForm
{
    public Guid TicketId { get; init; }

    /// <summary>Nullable so that "nothing chosen" is told apart from the first outcome; the command needs a value.</summary>
    [Required(ErrorMessage = "Choose an outcome.")]
    public ResolutionOutcome? Outcome { get; init; }

    public string? Note { get; init; }
}
