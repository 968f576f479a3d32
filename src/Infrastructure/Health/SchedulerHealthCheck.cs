using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SupportDesk.Infrastructure.Health;

/// <summary>Ready when the assignment schedulers run (the in-process one and, on MySQL, the clustered sweep), or
/// are deliberately off in this process.</summary>
public sealed class SchedulerHealthCheck(Quartz.ISchedulerFactory schedulers, Microsoft.Extensions.Options.IOptions<Assignment.AssignmentOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return HealthCheckResult.Healthy("Assignment scheduler disabled in this process.");
        }

        var stopped = new List<string>();
        foreach (var scheduler in await schedulers.GetAllSchedulers(cancellationToken))
        {
            if (await scheduler.GetStatus(cancellationToken) != Quartz.SchedulerStatus.Running)
            {
                stopped.Add(scheduler.SchedulerName);
            }
        }

        return stopped.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Not running: {string.Join(", ", stopped)}.");
    }
}
