using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Application.Common.Interfaces;

namespace SupportDesk.Infrastructure.Assignment;

/// <summary>Fires the assignment job now. Never fails the user's request: the periodic sweep is the safety net.</summary>
public sealed class QuartzAssignmentTrigger(ISchedulerFactory schedulers, ILogger<QuartzAssignmentTrigger> logger) : IAssignmentTrigger
{
    public async Task RequestAssignmentAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            if (scheduler.Status is SchedulerStatus.Running or SchedulerStatus.Standby)
            {
                await scheduler.TriggerJob(AssignmentJob.Key, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is SchedulerException or ObjectDisposedException or OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not trigger the assignment job; the sweep will assign the ticket");
        }
    }
}

/// <summary>For processes without a scheduler: assignment is left to the processes that run one.</summary>
public sealed class NoAssignmentTrigger : IAssignmentTrigger
{
    public Task RequestAssignmentAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
