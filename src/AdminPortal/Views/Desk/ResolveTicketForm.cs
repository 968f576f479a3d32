using System.ComponentModel.DataAnnotations;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.Views.Desk;

public sealed record ResolveTicketForm
{
    public Guid TicketId { get; init; }

    /// <summary>Nullable so that "nothing chosen" is told apart from the first outcome; the command needs a value.</summary>
    [Required(ErrorMessage = "Choose an outcome.")]
    public ResolutionOutcome? Outcome { get; init; }

    public string? Note { get; init; }
}
