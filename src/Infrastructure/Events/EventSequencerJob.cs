using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Webhooks;

namespace SupportDesk.Infrastructure.Events;

/// <summary>Runs the <see cref="EventSequencer"/> in this process, one run at a time; asks for deliveries when it
/// queued some. Runs in other processes wait on the sequencer's row lock.</summary>
[DisallowConcurrentExecution]
public sealed class EventSequencerJob(
    IServiceScopeFactory scopes,
    EventSequencerRequests requests,
    WebhookDeliveryRequests deliveries,
    ILogger<EventSequencerJob> logger) : IJob
{
    public static readonly JobKey Key = new("sequence-events", "events");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        requests.RunStarting();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<EventSequencer>().RunAsync(cancellationToken);
            if (run.Deliveries > 0)
            {
                await deliveries.RequestAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down; the events wait, committed, for the next run in any process.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Event sequencing failed; the events wait, committed, for the next run");
        }
    }
}
