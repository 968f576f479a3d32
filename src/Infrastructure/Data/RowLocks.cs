using System.Data;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace SupportDesk.Infrastructure.Data;

/// <summary>
/// MySQL: a READ COMMITTED transaction that takes a row lock first (<c>SELECT … FOR UPDATE</c>): a second writer of
/// the row waits for the first to commit, then reads what it left, so a valid request is never refused because
/// another was in flight. SQLite (embedded, one process writes): the same transaction behind an in-process lock, as
/// SQLite has no row locks.
/// </summary>
internal static class RowLocks
{
    private const int MaxLockAttempts = 5;
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public static async Task<IRowLock> TakeAsync(ApplicationDbContext db, FormattableString lockRow, CancellationToken cancellationToken)
    {
        for (var attempt = 1; db is MySqlApplicationDbContext; attempt++)
        {
            var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            try
            {
                await db.Database.ExecuteSqlInterpolatedAsync(lockRow, cancellationToken);
                return new Held(transaction, null);
            }
            catch (MySqlException ex) when (ex.ErrorCode == MySqlErrorCode.LockDeadlock && attempt < MaxLockAttempts)
            {
                // Queued for the row behind a transaction that holds it shared (a foreign-key check) and then wants it
                // exclusively: the database breaks the cycle by refusing this request, which holds nothing yet, so
                // asking again is safe.
                await transaction.DisposeAsync();
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

    private sealed class Held(IDbContextTransaction transaction, SemaphoreSlim? writer) : IRowLock
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
