using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Scheduling;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>Runs <see cref="WebhookDeliveryRun"/> in this process, one run at a time. Runs in other processes are kept
/// apart by the deliveries' leases.</summary>
[DisallowConcurrentExecution]
public sealed class WebhookDeliveryJob(WebhookDeliveryRun run, WebhookDeliveryRequests requests, ILogger<WebhookDeliveryJob> logger)
    : RequestedRunJob(requests, logger)
{
    public static readonly JobKey Key = new("deliver-webhooks", "events");

    protected override string Waiting => "pending deliveries";

    protected override Task RunAsync(CancellationToken cancellationToken) => run.RunAsync(cancellationToken);
}
