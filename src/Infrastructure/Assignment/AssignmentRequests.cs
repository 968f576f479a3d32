using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Scheduling;

namespace SupportDesk.Infrastructure.Assignment;

/// <summary>Asks this process for an assignment run (<see cref="AssignmentJob"/>), coalescing requests.</summary>
public sealed class AssignmentRequests(ISchedulerFactory schedulers, ILogger<AssignmentRequests> logger)
    : JobRequests(schedulers, AssignmentJob.Key, logger), IAssignmentTrigger
{
    Task IAssignmentTrigger.RequestAssignmentAsync(CancellationToken cancellationToken) => RequestAsync(cancellationToken);
}
