using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Orders.Commands.UpdateOrderDelivery;

/// <summary>The shop tells when an order was delivered (or corrects it): the order's return window counts from that
/// day from now on, and the shop's systems are told with <c>order.delivery_updated</c>.</summary>
/// <param name="Id">The order.</param>
/// <param name="DeliveredAt">When it was delivered (UTC): not in the future, not before the order was placed.</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record UpdateOrderDeliveryCommand(Guid Id, DateTime DeliveredAt) : IRequest<OrderDto>;

public sealed class UpdateOrderDeliveryHandler(
    IApplicationDbContext db,
    TimeProvider clock,
    IMapper mapper,
    ReturnPolicy policy,
    ILogger<UpdateOrderDeliveryHandler> logger) : IRequestHandler<UpdateOrderDeliveryCommand, OrderDto>
{
    public async Task<OrderDto> Handle(UpdateOrderDeliveryCommand request, CancellationToken cancellationToken)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Order", request.Id);

        // To the microsecond, as the database keeps it.
        order.RecordDelivery(StoredTime.Of(request.DeliveredAt.ToUniversalTime()), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Order {OrderId} delivered at {DeliveredAt}", order.Id, order.DeliveredAt);

        var dto = await db.Orders.AsNoTracking().Where(o => o.Id == order.Id)
            .ProjectTo<OrderDto>(mapper.ConfigurationProvider).SingleAsync(cancellationToken);
        return dto.WithReturnWindow(policy);
    }
}
