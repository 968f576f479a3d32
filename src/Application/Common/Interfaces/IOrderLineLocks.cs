namespace SupportDesk.Application.Common.Interfaces;

/// <summary>
/// Serialises the claims on one order line: while a use case holds the lock, no other process or request can claim
/// from the line, so it reads what is really left and its save cannot lose a race. Implemented with a row lock in a
/// transaction (<c>SELECT … FOR UPDATE</c>) on MySQL.
/// </summary>
public interface IOrderLineLocks
{
    /// <summary>Starts a transaction on the use case's unit of work and locks the line (when it is a line of that
    /// order). Read the line after this, save, then <see cref="IRowLock.CommitAsync"/>.</summary>
    Task<IRowLock> LockAsync(Guid orderId, Guid orderLineId, CancellationToken cancellationToken);
}
