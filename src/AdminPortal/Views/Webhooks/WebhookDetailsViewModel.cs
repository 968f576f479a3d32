using SupportDesk.AdminPortal.Views.Shared;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Webhooks.Queries;

namespace SupportDesk.AdminPortal.Views.Webhooks;

public sealed record WebhookDetailsViewModel(
    WebhookDto Webhook,
    DeliveryFilter Filter,
    PagedList<WebhookDeliveryDto> Deliveries,
    RedeliverFailedForm Redeliver)
{
    /// <summary>Changes when a delivery is added, makes an attempt or changes status, or the subscription's last
    /// success or failure moves: the page redraws the log then.</summary>
    public string LiveKey => LiveRegion.Key(Deliveries.Items
        .Select(d => $"{d.Id:N}:{d.Status}:{d.Attempts}:{d.LastAttemptAt:O}:{d.NextAttemptAt:O}")
        .Prepend($"{Deliveries.TotalCount}:{Webhook.LastSuccessAt:O}:{Webhook.FailingSince:O}"));
}
