using SupportDesk.Domain.Tickets;

namespace SupportDesk.WebApi.Contracts;

/// <summary>How the agent closes the return.</summary>
/// <param name="Outcome">Refund, Replacement, StoreCredit or Rejected; a rejected ticket gives its quantity back to the order line.</param>
/// <param name="Note">What was decided and why; the customer reads it with the ticket.</param>
[ValidatedAs(typeof(SupportDesk.Application.Tickets.Commands.ResolveTicket.ResolveTicketCommand))]
public sealed record ResolveTicketRequest(ResolutionOutcome Outcome, string Note);
