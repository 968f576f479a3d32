namespace SupportDesk.WebApi.Contracts;

/// <summary>Where a stuck ticket in progress goes.</summary>
/// <param name="AgentId">A free agent (available, without a ticket) to take it; null or omitted: back to the queue,
/// in its old place, for the next assignment.</param>
[ValidatedAs(typeof(SupportDesk.Application.Tickets.Commands.ReassignTicket.ReassignTicketCommand))]
public sealed record ReassignTicketRequest(Guid? AgentId = null);
