using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;

/// <summary>Sends again every failed delivery of the subscription created since a time, e.g. after the receiver
/// was down longer than the 24 hours of retries. Answers how many were queued.</summary>
/// <param name="Id">The subscription.</param>
/// <param name="Since">Failed deliveries created at or after this time (UTC).</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record RedeliverFailedDeliveriesCommand(Guid Id, DateTime Since) : IRequest<RedeliveryCount>;

public sealed class RedeliverFailedDeliveriesHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IWebhookDeliveryTrigger delivery,
    TimeProvider clock) : IRequestHandler<RedeliverFailedDeliveriesCommand, RedeliveryCount>
{
    /// <summary>At most this many in one request; a larger backlog is queued by calling again.</summary>
    public const int MaxPerRequest = 10_000;

    public async Task<RedeliveryCount> Handle(RedeliverFailedDeliveriesCommand request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        var since = request.Since.ToUniversalTime();
        var failed = await db.WebhookDeliveries
            .Where(d => d.SubscriptionId == subscription.Id && d.Status == DeliveryStatus.Failed && d.CreatedAt >= since)
            .OrderBy(d => d.CreatedAt).Take(MaxPerRequest)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var attempt in failed)
        {
            attempt.Redeliver(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (failed.Count > 0)
        {
            await delivery.RequestDeliveryAsync(cancellationToken);
        }

        return new RedeliveryCount(failed.Count);
    }
}
