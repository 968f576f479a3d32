using Microsoft.Extensions.Logging;
using Quartz;

namespace SupportDesk.Infrastructure.Scheduling;

/// <summary>
/// Asks this process's scheduler to run a job now, coalescing requests: while a run is requested and has not
/// started, more requests add nothing (that run will see their changes). A burst of a thousand changes costs a
/// handful of runs, not a thousand. Never fails the caller: the job's periodic sweep is the safety net.
/// </summary>
public abstract class JobRequests(ISchedulerFactory schedulers, JobKey job, ILogger logger)
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
                await scheduler.TriggerJob(job, null, CancellationToken.None);
                return;
            }
        }
        catch (Exception ex) when (ex is SchedulerException or ObjectDisposedException or OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not trigger job {Job}; its sweep will do the work", job);
        }

        // Nothing was scheduled: let the next request try again.
        Interlocked.Exchange(ref _pending, 0);
    }

    /// <summary>Called by the job as it starts, before it reads: a change saved from then on gets a run of its own.</summary>
    public void RunStarting() => Interlocked.Exchange(ref _pending, 0);
}
