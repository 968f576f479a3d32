using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Scheduling;
using SupportDesk.Infrastructure.Webhooks;

namespace SupportDesk.Infrastructure.Events;

/// <summary>Runs the <see cref="EventSequencer"/> in this process, one run at a time; asks for deliveries when it
/// queued some. Runs in other processes wait on the sequencer's row lock.</summary>
[DisallowConcurrentExecution]
public sealed class EventSequencerJob(
    IServiceScopeFactory scopes,
    EventSequencerRequests requests,
    WebhookDeliveryRequests deliveries,
    ILogger<EventSequencerJob> logger) : RequestedRunJob(requests, logger)
{
    public static readonly JobKey Key = new("sequence-events", "events");

    protected override string Waiting => "committed events";

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<EventSequencer>().RunAsync(cancellationToken);
        if (run.Deliveries > 0)
        {
            await deliveries.RequestAsync(cancellationToken);
        }
    }
}
