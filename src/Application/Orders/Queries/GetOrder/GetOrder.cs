using AutoMapper;
using AutoMapper.QueryableExtensions;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Orders.Queries.GetOrder;

/// <summary>Another customer's order is not found, exactly like an order that does not exist.</summary>
[Authorize(Roles = $"{Roles.Customer},{Roles.Manager}")]
public sealed record GetOrderQuery(Guid Id) : IRequest<OrderDto>;

public sealed class GetOrderHandler(IApplicationDbContext db, CurrentActor actor, IMapper mapper, ReturnPolicy policy)
    : IRequestHandler<GetOrderQuery, OrderDto>
{
    public async Task<OrderDto> Handle(GetOrderQuery request, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking().Where(o => o.Id == request.Id);
        if (!actor.IsManager)
        {
            var customerId = await actor.GetCustomerIdAsync(cancellationToken);
            orders = orders.Where(o => o.CustomerId == customerId);
        }

        var order = await orders.ProjectTo<OrderDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Order", request.Id);
        return order.WithReturnWindow(policy);
    }
}
