
namespace SupportDesk.Infrastructure.Assignment;

/// <summary>For processes without a scheduler: assignment is left to the processes that run one.</summary>
public sealed class NoAssignmentTrigger : IAssignmentTrigger
{
    public Task RequestAssignmentAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
