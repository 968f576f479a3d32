using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Queries.GetWebhookDeliveries;

/// <summary>A subscription's delivery log, newest first, optionally of one status.</summary>
/// <param name="Id">The subscription.</param>
/// <param name="Status">Only deliveries in this status.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Deliveries per page, 1 to 100.</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record GetWebhookDeliveriesQuery(Guid Id, DeliveryStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<WebhookDeliveryDto>>, IPagedRequest;

public sealed class GetWebhookDeliveriesHandler(IApplicationDbContext db, CurrentActor actor)
    : IRequestHandler<GetWebhookDeliveriesQuery, PagedList<WebhookDeliveryDto>>
{
    public async Task<PagedList<WebhookDeliveryDto>> Handle(GetWebhookDeliveriesQuery request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscription.Id);
        if (request.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        return await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.EventSequence)
            .ToDtos().ToPagedListAsync(request, cancellationToken);
    }
}
