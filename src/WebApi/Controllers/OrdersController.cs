using SupportDesk.Application.Common.Models;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Orders.Queries.GetOrder;
using SupportDesk.Application.Orders.Queries.GetOrders;

namespace SupportDesk.WebApi.Controllers;

[Route("api/orders")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class OrdersController : ApiControllerBase
{
    /// <summary>Imports an order of the shop (Manager, Integration). An unknown customer email creates the customer.</summary>
    [HttpPost]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<OrderDto>> ImportOrder(ImportOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await Sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(GetOrder), new { id = order.Id }, order);
    }

    /// <summary>Orders, newest first: a customer's own (Customer), or all, optionally one customer's (Manager).</summary>
    [HttpGet]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Manager}")]
    [ProducesResponseType<PagedList<OrderDto>>(StatusCodes.Status200OK)]
    public Task<PagedList<OrderDto>> GetOrders([FromQuery] Guid? customerId, [FromQuery] string? q,
        [FromQuery] int page = 1, [FromQuery] int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetOrdersQuery(customerId, q, page, pageSize), cancellationToken);

    /// <summary>One order (its customer, or a Manager). Another customer's order is 404.</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Manager}")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<OrderDto> GetOrder(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetOrderQuery(id), cancellationToken);
}
