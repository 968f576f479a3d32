namespace SupportDesk.Application.Common.Interfaces;

/// <summary>
/// Serialises the hand-overs to one agent: while a use case holds the lock, no other hand-over gives the agent a
/// ticket, so it reads the agent as it is (free or not) and refuses plainly instead of failing its save or
/// deadlocking with the other. A row lock in a transaction (<c>SELECT … FOR UPDATE</c>) on MySQL.
/// </summary>
public interface IAgentLocks
{
    /// <summary>Starts a transaction on the use case's unit of work and locks the agent's row. Read the agent after
    /// this, save, then <see cref="IRowLock.CommitAsync"/>.</summary>
    Task<IRowLock> LockAsync(Guid agentId, CancellationToken cancellationToken);
}
