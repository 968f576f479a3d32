using Quartz;
using SupportDesk.Infrastructure.Emails;
using SupportDesk.Infrastructure.Webhooks;

namespace SupportDesk.Infrastructure.Events;

/// <summary>
/// The periodic safety net of the outbox: events committed by a process that died before asking for a sequencer
/// run, deliveries and emails due for a retry, leases of a process that died mid-attempt. On MySQL it lives in the clustered
/// scheduler, so each interval one process of the cluster fires it and asks itself for both runs.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxSweepJob(EventSequencerRequests sequencer, WebhookDeliveryRequests deliveries, EmailDeliveryRequests emails) : IJob
{
    public static readonly JobKey Key = new("outbox-sweep", "events");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await sequencer.RequestAsync(cancellationToken);
        await deliveries.RequestAsync(cancellationToken);
        await emails.RequestAsync(cancellationToken);
    }
}
