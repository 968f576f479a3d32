using SupportDesk.Application.Common.Models;
using Roles = SupportDesk.Application.Common.Security.Roles;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Orders.Commands.UpdateOrderDelivery;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Orders.Queries.GetOrder;
using SupportDesk.Application.Orders.Queries.GetOrders;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Errors;

namespace SupportDesk.WebApi.Controllers;

/// <summary>The shop's orders: the shop imports them, customers read their own.</summary>
[Route("api/orders")]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class OrdersController : ApiControllerBase
{
    /// <summary>Import an order.</summary>
    /// <remarks>Manager or Integration (the shop). Records an order with its lines for the customer with this email; an unknown email creates the customer without an account, which registering later claims. `deliveredAt` (optional) starts the return window, else `placedAt` does; a line with `returnable: false` is a final sale. 409 `order.duplicate_number` when the number was already imported.</remarks>
    [HttpPost]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<OrderDto>> ImportOrder(ImportOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await Sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(GetOrder), new { id = order.Id }, order);
    }

    /// <summary>List orders.</summary>
    /// <remarks>Customer: their own orders only. Manager: all, or one customer's with `customerId`. Newest first, paged; `q` matches the order number or a SKU.</remarks>
    /// <param name="customerId">Only this customer's orders (Manager).</param>
    /// <param name="q">An order number or a SKU, or part of one.</param>
    /// <param name="page">The page, from 1 (at most 10,000).</param>
    /// <param name="pageSize">Items per page, 1 to 100 (default 20).</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Manager}")]
    [ProducesResponseType<PagedList<OrderDto>>(StatusCodes.Status200OK)]
    [ValidatedAs(typeof(GetOrdersQuery))]
    public Task<PagedList<OrderDto>> ListOrders([FromQuery] Guid? customerId, [FromQuery] string? q,
        [FromQuery] int page = 1, [FromQuery] int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetOrdersQuery(customerId, q, page, pageSize), cancellationToken);

    /// <summary>Read an order.</summary>
    /// <remarks>Its customer, or a Manager. Another customer's order is 404, as if it did not exist.</remarks>
    /// <param name="id">The order id.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet("{id:guid}")]
    [Authorize(Roles = $"{Roles.Customer},{Roles.Manager}")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public Task<OrderDto> GetOrder(Guid id, CancellationToken cancellationToken) =>
        Sender.Send(new GetOrderQuery(id), cancellationToken);

    /// <summary>Record an order's delivery.</summary>
    /// <remarks>Manager or Integration (the shop). Sets (or corrects) when the order was delivered: its return window counts from that UTC day from now on, and `order.delivery_updated` goes to the events feed and webhooks. 400 when `deliveredAt` is missing or in the future; 404 for an unknown order; 409 `order.invalid` when it is before the order was placed.</remarks>
    /// <param name="id">The order id.</param>
    /// <param name="request">When it was delivered.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpPut("{id:guid}/delivery")]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public Task<OrderDto> UpdateOrderDelivery(Guid id, UpdateOrderDeliveryRequest request, CancellationToken cancellationToken) =>
        Sender.Send(new UpdateOrderDeliveryCommand(id, request.DeliveredAt), cancellationToken);
}
