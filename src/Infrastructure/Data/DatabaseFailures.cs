using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace SupportDesk.Infrastructure.Data;

/// <summary>
/// Tells a database that cannot be reached (answer 503, try later) and a unique index that refused a row (answer
/// 409, as the checked case would) from a bug (answer 500).
/// </summary>
public static class DatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>A unique index or primary key refused a row: another request wrote the same value first.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry }:
                case SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }:
                    return true;
            }
        }

        return false;
    }

    public static bool IsUnavailable(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case MySqlException mySql when mySql.IsTransient
                    || mySql.ErrorCode is MySqlErrorCode.UnableToConnectToHost or MySqlErrorCode.ConnectionCountError
                        or MySqlErrorCode.ServerShutdown or MySqlErrorCode.CommandTimeoutExpired:
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case SocketException:
                case TimeoutException:
                // A connection cut in the middle of an answer (MySqlEndOfStreamException: the server is going down).
                case IOException:
                    return true;
            }
        }

        return false;
    }
}
