using SupportDesk.Application.Common.Models;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Tickets.Commands.ChangeTicketPriority;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ReassignTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Tickets;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Controllers;

/// <summary>Return tickets: customers open them on their orders, agents resolve the one they hold, managers set
/// their priority and move stuck ones.</summary>
[Route("api/tickets")]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class TicketsController : ApiControllerBase
{
    /// <summary>Open a return ticket.</summary>
    /// <remarks>Customer only, on a line of one of their own orders, for at most the quantity not yet claimed by the line's other tickets. The ticket gets its priority from the reason (`Returns:PriorityByReason`) and goes to the free agent waiting longest at once, or waits in the queue (highest priority first, a waiting ticket counting one level higher per `Assignment:PromoteAfterMinutes`, then oldest first). 404 for another customer's order; 409 when the quantity is not available, `ticket.line_not_returnable` on a final-sale line, `ticket.return_window_closed` after the return window of the reason (counted from `deliveredAt`, else `placedAt`; the problem carries `returnableUntil`, the last instant allowed).</remarks>
    [HttpPost]
    [Authorize(Roles = Roles.Customer)]
    [ProducesResponseType<TicketDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<TicketDto>> OpenTicket(OpenTicketCommand command, CancellationToken cancellationToken)
    {
        var ticket = await Sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(GetTicket), new { id = ticket.Id }, ticket);
    }

    /// <summary>List tickets.</summary>
    /// <remarks>Customer: their own tickets only. Agent, Manager, Integration: all. Newest first, paged, without history. `status` and `priority` may repeat; `breached=true` keeps the tickets with a service-level target missed now (assignment or resolution: `assignBreached` or `resolveBreached`); `q` finds, whatever the case, any part of a ticket number, an order number, the customer's name or email, the product name or its SKU.</remarks>
    /// <param name="status">Only tickets in these statuses (repeat the parameter for several).</param>
    /// <param name="priority">Only tickets of these priorities (repeat the parameter for several).</param>
    /// <param name="breached">`true`: only tickets with a service-level target missed (either); `false` or absent: no filter.</param>
    /// <param name="agentId">Only tickets assigned to this agent.</param>
    /// <param name="customerId">Only this customer's tickets.</param>
    /// <param name="q">Any part, in any case, of a ticket number, an order number, the customer's name or email, the product name or its SKU.</param>
    /// <param name="createdFrom">Only tickets opened at or after this time (UTC).</param>
    /// <param name="createdTo">Only tickets opened before this time (UTC).</param>
    /// <param name="page">The page, from 1 (at most 10,000).</param>
    /// <param name="pageSize">Items per page, 1 to 100 (default 20).</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<PagedList<TicketSummaryDto>>(StatusCodes.Status200OK)]
    [ValidatedAs(typeof(GetTicketsQuery))]
    public Task<PagedList<TicketSummaryDto>> ListTickets([FromQuery] TicketStatus[]? status,
        [FromQuery] TicketPriority[]? priority, [FromQuery] bool? breached, [FromQuery] Guid? agentId,
        [FromQuery] Guid? customerId, [FromQuery] string? q, [FromQuery] DateTime? createdFrom, [FromQuery] DateTime? createdTo,
        [FromQuery] int page = 1, [FromQuery] int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetTicketsQuery
        {
            Status = status,
            Priority = priority,
            Breached = breached == true,
            AgentId = agentId,
            CustomerId = customerId,
            Q = q,
            CreatedFrom = createdFrom,
            CreatedTo = createdTo,
            Page = page,
            PageSize = pageSize,
        }, cancellationToken);

    /// <summary>Read a ticket with its history.</summary>
    /// <remarks>Its customer, Agent, Manager or Integration. Another customer's ticket is 404, as if it did not exist.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet("{id:guid}")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<TicketDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public Task<TicketDto> GetTicket(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetTicketQuery(id), cancellationToken);

    /// <summary>Change a ticket's priority.</summary>
    /// <remarks>Manager only (403 for customers, agents and integrations). The change is recorded in the ticket's history ("High → Low") and emitted as `ticket.priority_changed`; the same priority again changes nothing. A waiting ticket takes its new place in the queue at the next assignment. 404 for an unknown ticket; 409 `ticket.invalid_transition` for a resolved ticket, whose priority no longer changes.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="request">The new priority.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPut("{id:guid}/priority")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<TicketDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<TicketDto> ChangeTicketPriority(Guid id, ChangeTicketPriorityRequest request,
        CancellationToken cancellationToken) =>
        Sender.Send(new ChangeTicketPriorityCommand(id, request.Priority), cancellationToken);

    /// <summary>Hand a ticket in progress back to the queue or over to another free agent.</summary>
    /// <remarks>Manager only (403 for customers, agents and integrations). `agentId` null or omitted: the ticket goes back to the queue in its old place and the assignment job picks it up again (`ticket.returned_to_queue`); an agent id: that agent, who must be available and without a ticket, holds it now (`ticket.assigned`). Either way the previous holder is free again, and the history records the move. 404 for an unknown ticket or agent; 409 `ticket.invalid_transition` when the ticket is not in progress, `agent.busy` when the agent holds a ticket (or took one meanwhile), `agent.unavailable` when away, `agent.removed`, `agent.changed` when the agent changed meanwhile.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="request">The agent to take it, or none for the queue.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("{id:guid}/reassign")]
    [Authorize(Roles = Roles.Manager)]
    [ProducesResponseType<TicketDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<TicketDto> ReassignTicket(Guid id, ReassignTicketRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new ReassignTicketCommand(id, request.AgentId), cancellationToken);

    /// <summary>Resolve the ticket the agent holds.</summary>
    /// <remarks>Agent only, and only the agent holding the ticket (403 for another agent's). 409 `ticket.invalid_transition` when the ticket is not in progress. Resolving frees the agent, who then takes the oldest waiting ticket.</remarks>
    /// <param name="id">The ticket id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPost("{id:guid}/resolve")]
    [Authorize(Roles = Roles.Agent)]
    [ProducesResponseType<TicketDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<TicketDto> ResolveTicket(Guid id, ResolveTicketRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new ResolveTicketCommand(id, request.Outcome, request.Note), cancellationToken);
}
