using Quartz;

namespace SupportDesk.Infrastructure.Assignment;

/// <summary>
/// The periodic safety net. On MySQL it lives in the clustered scheduler, so each interval one process of the
/// cluster (whichever acquires the trigger) fires it; it asks that process for a run like any other change does.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AssignmentSweepJob(AssignmentRequests requests) : IJob
{
    public static readonly JobKey Key = new("assignment-sweep", "assignment");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await requests.RequestAsync(cancellationToken);
}
