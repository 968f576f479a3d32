using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Application.Common.Interfaces;

namespace SupportDesk.Infrastructure.Assignment;

/// <summary>
/// Asks this process's scheduler for an assignment run, coalescing requests: while a run is already requested and
/// has not started, more requests add nothing (that run will see their changes). A burst of a thousand opened
/// tickets costs a handful of runs, not a thousand. Never fails the caller: the periodic sweep is the safety net.
/// </summary>
public sealed class AssignmentRequests(ISchedulerFactory schedulers, ILogger<AssignmentRequests> logger) : IAssignmentTrigger
{
    private int _pending;

    public async Task RequestAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            if (scheduler.Status is SchedulerStatus.Running or SchedulerStatus.Standby)
            {
                await scheduler.TriggerJob(AssignmentJob.Key, null, CancellationToken.None);
                return;
            }
        }
        catch (Exception ex) when (ex is SchedulerException or ObjectDisposedException or OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not trigger the assignment job; the sweep will assign the ticket");
        }

        // Nothing was scheduled: let the next request try again.
        Interlocked.Exchange(ref _pending, 0);
    }

    /// <summary>Called by the job as it starts, before it reads the queue.</summary>
    public void RunStarting() => Interlocked.Exchange(ref _pending, 0);

    Task IAssignmentTrigger.RequestAssignmentAsync(CancellationToken cancellationToken) => RequestAsync(cancellationToken);
}
