using System.Data;
using Microsoft.EntityFrameworkCore;

namespace SupportDesk.Infrastructure.Data;

/// <summary>
/// MySQL: a READ COMMITTED transaction that takes the line's row lock first (<c>SELECT … FOR UPDATE</c>): a second
/// claim on the line waits for the first to commit, then reads the claimed quantity it left, so a valid request is
/// never refused because another was in flight. SQLite (embedded, one process writes): the same transaction behind
/// an in-process lock, as SQLite has no row locks.
/// </summary>
public sealed class OrderLineLocks(ApplicationDbContext db) : IOrderLineLocks
{
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public async Task<IOrderLineLock> LockAsync(Guid orderId, Guid orderLineId, CancellationToken cancellationToken)
    {
        if (db is MySqlApplicationDbContext)
        {
            var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            try
            {
                // The line of this order only: an unknown pair locks nothing and the use case refuses it as before.
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"SELECT Id FROM OrderLines WHERE Id = {orderLineId} AND OrderId = {orderId} FOR UPDATE", cancellationToken);
                return new Held(transaction, null);
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        }

        await SqliteWriter.WaitAsync(cancellationToken);
        try
        {
            return new Held(await db.Database.BeginTransactionAsync(cancellationToken), SqliteWriter);
        }
        catch
        {
            SqliteWriter.Release();
            throw;
        }
    }

    private sealed class Held(IDbContextTransaction transaction, SemaphoreSlim? writer) : IOrderLineLock
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.DisposeAsync();
            }
            finally
            {
                writer?.Release();
            }
        }
    }
}
