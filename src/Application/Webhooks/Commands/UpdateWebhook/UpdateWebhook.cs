using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Webhooks.Queries;

namespace SupportDesk.Application.Webhooks.Commands.UpdateWebhook;

/// <summary>Changes a subscription's URL, event types and description, and disables or enables it. Enabling a
/// subscription disabled after failures gives it a fresh 24 hours.</summary>
/// <param name="Id">The subscription.</param>
/// <param name="Url">Where to post events: https, on a public address.</param>
/// <param name="Events">The event types to receive, or <c>["*"]</c> for all.</param>
/// <param name="Description">What the subscription is for.</param>
/// <param name="Enabled">False to stop deliveries (events meanwhile are not delivered later; read them from the feed);
/// null to leave the subscription enabled or disabled as it is.</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record UpdateWebhookCommand(Guid Id, string Url, IReadOnlyList<string> Events, string? Description, bool? Enabled)
    : IRequest<WebhookDto>;

public sealed class UpdateWebhookHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IWebhookAddressPolicy addresses,
    IWebhookDeliveryTrigger delivery) : IRequestHandler<UpdateWebhookCommand, WebhookDto>
{
    public async Task<WebhookDto> Handle(UpdateWebhookCommand request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        actor.EnsureMaySubscribe(request.Events);
        var url = request.Url.Trim();
        if (url != subscription.Url)
        {
            await addresses.EnsureAllowedAsync(url, cancellationToken);
        }

        subscription.Change(url, request.Events, request.Description?.Trim(), request.Enabled, actor.HistoryLabel);
        await db.SaveOrConflictAsync(Conflicts.WebhookChanged, cancellationToken);
        if (subscription.IsActive)
        {
            await delivery.RequestDeliveryAsync(cancellationToken);
        }

        return WebhookDto.From(subscription);
    }
}
