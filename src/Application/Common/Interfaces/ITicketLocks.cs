namespace SupportDesk.Application.Common.Interfaces;

/// <summary>
/// Serialises the writes to one ticket's conversation: while a use case holds the lock, no other request changes
/// the ticket, so it reads the ticket as it is and its save neither conflicts nor deadlocks with another message.
/// A row lock in a transaction (<c>SELECT … FOR UPDATE</c>) on MySQL.
/// </summary>
public interface ITicketLocks
{
    /// <summary>Starts a transaction on the use case's unit of work and locks the ticket's row. Read the ticket after
    /// this, save, then <see cref="IRowLock.CommitAsync"/>.</summary>
    Task<IRowLock> LockAsync(Guid ticketId, CancellationToken cancellationToken);
}
