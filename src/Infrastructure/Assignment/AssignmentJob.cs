using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Application.Assignment.Commands.AssignWaitingTickets;
using SupportDesk.Infrastructure.Scheduling;

namespace SupportDesk.Infrastructure.Assignment;

/// <summary>
/// Runs the assignment use case in this process. One run at a time per process
/// (<see cref="DisallowConcurrentExecutionAttribute"/>): a trigger that fires during a run waits for it, so no request
/// for assignment is lost. Runs in other processes are kept apart by the database (concurrency tokens and unique
/// holder columns).
/// </summary>
[DisallowConcurrentExecution]
public sealed class AssignmentJob(IServiceScopeFactory scopes, AssignmentRequests requests, ILogger<AssignmentJob> logger)
    : RequestedRunJob(requests, logger)
{
    public static readonly JobKey Key = new("assign-waiting-tickets", "assignment");

    /// <summary>The database may be down: the tickets stay in the queue and the next trigger or sweep retries.</summary>
    protected override string Waiting => "waiting tickets";

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var run = await mediator.Send(new AssignWaitingTicketsCommand(), cancellationToken);
        if (run.Assigned > 0 || run.Conflicts > 0)
        {
            logger.LogInformation("Assignment run: {Assigned} assigned, {Conflicts} conflicts", run.Assigned, run.Conflicts);
        }
    }
}
