using SupportDesk.Domain.Tickets;

namespace SupportDesk.WebApi.Contracts;

/// <summary>How urgently a ticket should be served.</summary>
/// <param name="Priority">High, Normal or Low. The queue serves the highest first; a waiting ticket counts one level
/// higher per <c>Assignment:PromoteAfterMinutes</c> it has waited.</param>
[ValidatedAs(typeof(SupportDesk.Application.Tickets.Commands.ChangeTicketPriority.ChangeTicketPriorityCommand))]
public sealed record ChangeTicketPriorityRequest(TicketPriority Priority);
