using AutoMapper;
using AutoMapper.QueryableExtensions;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Orders.Queries.GetOrders;

/// <summary>A customer sees their own orders only; the staff (a manager, an agent at the desk) see all, optionally one
/// customer's.</summary>
[Authorize(Roles = $"{Roles.Customer},{Roles.Manager},{Roles.Agent}")]
public sealed record GetOrdersQuery(Guid? CustomerId = null, string? Q = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<OrderDto>>, IPagedRequest;

public sealed class GetOrdersHandler(IApplicationDbContext db, CurrentActor actor, IMapper mapper, ReturnPolicy policy)
    : IRequestHandler<GetOrdersQuery, PagedList<OrderDto>>
{
    public async Task<PagedList<OrderDto>> Handle(GetOrdersQuery request, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        var customerId = actor.IsManager || actor.IsAgent ? request.CustomerId : await actor.GetCustomerIdAsync(cancellationToken);
        if (customerId is { } id)
        {
            orders = orders.Where(o => o.CustomerId == id);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim();
            orders = orders.Where(o => o.Number.Contains(q));
        }

        var page = await orders
            .OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id)
            .ProjectTo<OrderDto>(mapper.ConfigurationProvider)
            .ToPagedListAsync(request, cancellationToken);
        return page.WithReturnWindow(policy);
    }
}
