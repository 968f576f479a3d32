using System.Text.Json;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Events;
using SupportDesk.Application.Webhooks.Queries;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Commands.PingWebhook;

/// <summary>Queues a <c>ping</c> event for this subscription only (its data is the subscription), delivered and
/// logged like any other; it is not in the feed.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record PingWebhookCommand(Guid Id) : IRequest<WebhookDeliveryDto>;

public sealed class PingWebhookHandler(IApplicationDbContext db, CurrentActor actor, IWebhookDeliveryTrigger delivery, TimeProvider clock)
    : IRequestHandler<PingWebhookCommand, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(PingWebhookCommand request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        if (!subscription.IsActive)
        {
            throw Conflicts.WebhookDisabled();
        }

        var now = StoredTime.Now(clock);
        var ping = new IntegrationEvent(EventTypes.Ping, subject: null,
            JsonSerializer.Serialize(WebhookDto.From(subscription), EventJson.Options), now, subscription.Id);
        // The delivery points at the event's row number, known once the event is written: both in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IntegrationEvents.Add(ping);
        await db.SaveChangesAsync(cancellationToken);
        var attempt = new WebhookDelivery(subscription, ping, now);
        db.WebhookDeliveries.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await delivery.RequestDeliveryAsync(cancellationToken);
        return WebhookDeliveryReadModel.From(attempt);
    }
}
