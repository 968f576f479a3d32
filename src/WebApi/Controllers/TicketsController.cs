using SupportDesk.Application.Common.Models;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;
using SupportDesk.Domain.Tickets;
using SupportDesk.WebApi.Contracts;

namespace SupportDesk.WebApi.Controllers;

[Route("api/tickets")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class TicketsController : ApiControllerBase
{
    /// <summary>Opens a return ticket on a line of one of the customer's orders (Customer). It is assigned to a free
    /// agent at once, or waits in the queue.</summary>
    [HttpPost]
    [Authorize(Roles = Roles.Customer)]
    [ProducesResponseType<TicketDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<TicketDto>> OpenTicket(OpenTicketCommand command, CancellationToken cancellationToken)
    {
        var ticket = await Sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(GetTicket), new { id = ticket.Id }, ticket);
    }

    /// <summary>Tickets, newest first (Customer: own only; Agent, Manager, Integration: all). <c>status</c> may repeat; <c>q</c> is a
    /// ticket number, an order number, a SKU, or part of the customer's email or the product name.</summary>
    [HttpGet]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<PagedList<TicketSummaryDto>>(StatusCodes.Status200OK)]
    public Task<PagedList<TicketSummaryDto>> GetTickets([FromQuery] TicketStatus[]? status, [FromQuery] Guid? agentId,
        [FromQuery] Guid? customerId, [FromQuery] string? q, [FromQuery] DateTime? createdFrom, [FromQuery] DateTime? createdTo,
        [FromQuery] int page = 1, [FromQuery] int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetTicketsQuery
        {
            Status = status,
            AgentId = agentId,
            CustomerId = customerId,
            Q = q,
            CreatedFrom = createdFrom,
            CreatedTo = createdTo,
            Page = page,
            PageSize = pageSize,
        }, cancellationToken);

    /// <summary>One ticket with its history (its customer, Agent, Manager, Integration). Another customer's ticket is 404.</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<TicketDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<TicketDto> GetTicket(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetTicketQuery(id), cancellationToken);

    /// <summary>Resolves the ticket the calling agent holds (Agent). 409 when it is not in progress, 403 when another
    /// agent holds it. The agent then takes the next waiting ticket.</summary>
    [HttpPost("{id:guid}/resolve")]
    [Authorize(Roles = Roles.Agent)]
    [ProducesResponseType<TicketDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<TicketDto> ResolveTicket(Guid id, ResolveTicketRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new ResolveTicketCommand(id, request.Outcome, request.Note), cancellationToken);
}
