using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Scheduling;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>Asks this process to send due deliveries now (<see cref="WebhookDeliveryJob"/>).</summary>
public sealed class WebhookDeliveryRequests(ISchedulerFactory schedulers, ILogger<WebhookDeliveryRequests> logger)
    : JobRequests(schedulers, WebhookDeliveryJob.Key, logger), IWebhookDeliveryTrigger
{
    Task IWebhookDeliveryTrigger.RequestDeliveryAsync(CancellationToken cancellationToken) => RequestAsync(cancellationToken);
}
