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
                return new Held(db, transaction, null);
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
            return new Held(db, await db.Database.BeginTransactionAsync(cancellationToken), SqliteWriter);
        }
        catch
        {
            SqliteWriter.Release();
            throw;
        }
    }

    /// <summary>The transaction under the lock. Its holder never goes on after a failed save (it disposes the lock, which
    /// rolls everything back, and starts again), so EF's savepoint around each save, two more round trips, is off
    /// while it is held.</summary>
    private sealed class Held : IRowLock
    {
        private readonly ApplicationDbContext _db;
        private readonly IDbContextTransaction _transaction;
        private readonly SemaphoreSlim? _writer;
        private readonly bool _savepoints;

        public Held(ApplicationDbContext db, IDbContextTransaction transaction, SemaphoreSlim? writer)
        {
            _db = db;
            _transaction = transaction;
            _writer = writer;
            _savepoints = db.Database.AutoSavepointsEnabled;
            db.Database.AutoSavepointsEnabled = false;
        }

        public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                _db.Database.AutoSavepointsEnabled = _savepoints;
                await _transaction.DisposeAsync();
            }
            finally
            {
                _writer?.Release();
            }
        }
    }
}
