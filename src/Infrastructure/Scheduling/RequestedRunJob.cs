using Microsoft.Extensions.Logging;
using Quartz;

namespace SupportDesk.Infrastructure.Scheduling;

/// <summary>
/// A job run on request (<see cref="JobRequests"/>) and by its sweep, one run at a time in this process (each subclass
/// carries <see cref="DisallowConcurrentExecutionAttribute"/>): the request is marked started before the run reads
/// anything, so a change saved from then on gets a run of its own; a shutdown ends the run quietly, and a failure
/// (the database away) is logged and left to the next request or sweep, since the work waits, committed.
/// </summary>
public abstract class RequestedRunJob(JobRequests requests, ILogger logger) : IJob
{
    /// <summary>What waits when a run fails, for the log ("pending emails wait for the next run").</summary>
    protected abstract string Waiting { get; }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        requests.RunStarting();
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the work waits, committed, for the next run in any process (leases expire first).
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Job} failed; {Waiting} wait for the next run", GetType().Name, Waiting);
        }
    }

    protected abstract Task RunAsync(CancellationToken cancellationToken);
}
