using Microsoft.Extensions.Logging;
using Quartz;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>Runs <see cref="WebhookDeliveryRun"/> in this process, one run at a time. Runs in other processes are kept
/// apart by the deliveries' leases.</summary>
[DisallowConcurrentExecution]
public sealed class WebhookDeliveryJob(WebhookDeliveryRun run, WebhookDeliveryRequests requests, ILogger<WebhookDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("deliver-webhooks", "events");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        requests.RunStarting();
        try
        {
            await run.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: leased attempts not made are made by the next process once their leases expire.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Webhook delivery run failed; pending deliveries wait for the next run");
        }
    }
}
