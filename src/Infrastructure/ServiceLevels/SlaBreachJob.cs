using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using SupportDesk.Application.ServiceLevels.Commands.RecordSlaBreaches;

namespace SupportDesk.Infrastructure.ServiceLevels;

/// <summary>
/// Records the service-level breaches that came due (<see cref="RecordSlaBreachesCommand"/>) every
/// <c>Sla:SweepIntervalSeconds</c>. On MySQL it lives in the clustered scheduler, so each interval one process of the
/// cluster runs it; were two to run it at once, the tickets' concurrency tokens still record each breach once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SlaBreachJob(IServiceScopeFactory scopes, IOptions<SlaOptions> options, ILogger<SlaBreachJob> logger) : IJob
{
    public static readonly JobKey Key = new("sla-breaches", "service-levels");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var run = await mediator.Send(new RecordSlaBreachesCommand(options.Value.BatchSize), cancellationToken);
            if (run.Recorded > 0 || run.Conflicts > 0)
            {
                logger.LogInformation("Breach run: {Recorded} tickets recorded, {Conflicts} conflicts, {Due} due",
                    run.Recorded, run.Conflicts, run.Due);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down; the next run continues.
        }
        catch (Exception ex)
        {
            // The database may be down: nothing was recorded for the tickets not saved, the next run takes them.
            logger.LogError(ex, "Breach run failed; the next run continues");
        }
    }
}
