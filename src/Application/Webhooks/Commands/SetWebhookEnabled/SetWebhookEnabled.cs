using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Webhooks.Queries;

namespace SupportDesk.Application.Webhooks.Commands.SetWebhookEnabled;

/// <summary>Disables or enables a subscription and nothing else, so a change of its settings made meanwhile is
/// kept (the portal's buttons). Enabling one disabled after failures gives it a fresh 24 hours.</summary>
/// <param name="Id">The subscription.</param>
/// <param name="Enabled">True to deliver again, false to stop.</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record SetWebhookEnabledCommand(Guid Id, bool Enabled) : IRequest<WebhookDto>;

public sealed class SetWebhookEnabledHandler(IApplicationDbContext db, CurrentActor actor, IWebhookDeliveryTrigger delivery)
    : IRequestHandler<SetWebhookEnabledCommand, WebhookDto>
{
    public async Task<WebhookDto> Handle(SetWebhookEnabledCommand request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        subscription.SetEnabled(request.Enabled, actor.HistoryLabel);
        await db.SaveOrConflictAsync(Conflicts.WebhookChanged, cancellationToken);
        if (subscription.IsActive)
        {
            await delivery.RequestDeliveryAsync(cancellationToken);
        }

        return WebhookDto.From(subscription);
    }
}
