using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>
/// Sends due deliveries from this process: leases a batch, makes the attempts side by side (each in a scope of its
/// own), and goes on while deliveries are due. Never inside a request.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WebhookDeliveryJob(
    IServiceScopeFactory scopes,
    WebhookDeliveryRequests requests,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("deliver-webhooks", "events");

    /// <summary>Beyond the attempt's own timeout, so that the lease outlives any attempt of a live process.</summary>
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        requests.RunStarting();
        var lease = TimeSpan.FromSeconds(options.Value.TimeoutSeconds) + LeaseMargin;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                IReadOnlyList<Guid> leased;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    leased = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().LeaseDueAsync(lease, cancellationToken);
                }

                if (leased.Count == 0)
                {
                    return;
                }

                await Parallel.ForEachAsync(leased,
                    new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDeliveries, CancellationToken = cancellationToken },
                    async (id, token) =>
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        try
                        {
                            await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(id, token);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            // The lease expires and the attempt is made again; the others go on.
                            logger.LogError(ex, "Delivery {DeliveryId} could not be recorded; it is tried again when its lease expires", id);
                        }
                    });
            }
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
