namespace SupportDesk.Infrastructure.Data;

/// <summary>Messages and files on one ticket take turns on the ticket's row (<see cref="RowLocks"/>).</summary>
public sealed class TicketLocks(ApplicationDbContext db) : ITicketLocks
{
    public Task<IRowLock> LockAsync(Guid ticketId, CancellationToken cancellationToken) =>
        RowLocks.TakeAsync(db, $"SELECT Id FROM Tickets WHERE Id = {ticketId} FOR UPDATE", cancellationToken);
}
