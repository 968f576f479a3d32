using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Webhooks.Queries;

namespace SupportDesk.Application.Webhooks.Commands.RedeliverWebhookDelivery;

/// <summary>Sends a delivered or failed event to the subscription again, now, with a fresh 24 hours of retries.
/// A pending delivery is already on its way: 409.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record RedeliverWebhookDeliveryCommand(Guid Id, Guid DeliveryId) : IRequest<WebhookDeliveryDto>;

public sealed class RedeliverWebhookDeliveryHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IWebhookDeliveryTrigger delivery,
    TimeProvider clock) : IRequestHandler<RedeliverWebhookDeliveryCommand, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(RedeliverWebhookDeliveryCommand request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        var attempt = await db.WebhookDeliveries
            .SingleOrDefaultAsync(d => d.Id == request.DeliveryId && d.SubscriptionId == subscription.Id, cancellationToken)
            ?? throw new NotFoundException("Delivery", request.DeliveryId);
        attempt.Redeliver(clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(Conflicts.WebhookChanged, cancellationToken);
        await delivery.RequestDeliveryAsync(cancellationToken);
        return WebhookDeliveryReadModel.From(attempt);
    }
}
