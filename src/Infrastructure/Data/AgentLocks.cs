namespace SupportDesk.Infrastructure.Data;

/// <summary>Hand-overs to one agent take turns on the agent's row (<see cref="RowLocks"/>).</summary>
public sealed class AgentLocks(ApplicationDbContext db) : IAgentLocks
{
    public Task<IRowLock> LockAsync(Guid agentId, CancellationToken cancellationToken) =>
        RowLocks.TakeAsync(db, $"SELECT Id FROM Agents WHERE Id = {agentId} FOR UPDATE", cancellationToken);
}
