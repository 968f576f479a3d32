using MySqlConnector;

namespace SupportDesk.Tests.Shared;

/// <summary>
/// The MariaDB server the database suites run on, shared by all of them (each links this file): the connection
/// string in <c>SUPPORTDESK_TEST_MYSQL</c>, without a database (`make test` starts a server and sets it), or a local
/// server's root account when it is not set. Each suite creates its own database on it, afresh for every run.
/// </summary>
public static class TestMySqlServer
{
    public const string Variable = "SUPPORTDESK_TEST_MYSQL";

    private const string LocalServer = "Server=127.0.0.1;Port=3306;User ID=root;Password=";

    /// <summary>The server's connection string, without a database.</summary>
    public static string ConnectionString { get; } = new MySqlConnectionStringBuilder(
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : LocalServer)
    {
        Database = string.Empty,
    }.ConnectionString;

    /// <summary>The connection string of one database on the server.</summary>
    public static string ConnectionStringFor(string database, uint? maximumPoolSize = null)
    {
        var builder = new MySqlConnectionStringBuilder(ConnectionString) { Database = database };
        if (maximumPoolSize is { } size)
        {
            builder.MaximumPoolSize = size;
        }

        return builder.ConnectionString;
    }

    /// <summary>Drops the database if it is there and creates it empty, in the collation the product expects.</summary>
    public static async Task RecreateDatabaseAsync(string database)
    {
        await using var connection = new MySqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (MySqlException ex)
        {
            var server = new MySqlConnectionStringBuilder(ConnectionString);
            throw new InvalidOperationException(
                $"Cannot reach the MariaDB server given by {Variable} ({server.Server}:{server.Port}): {ex.Message}. Run the "
                + $"tests with `make test` (it starts one), or export {Variable}='Server=127.0.0.1;Port=3306;User ID=...;"
                + "Password=...' (no database: each suite creates its own).", ex);
        }

        await using var command = connection.CreateCommand();
        command.CommandText =
            $"DROP DATABASE IF EXISTS `{database}`; CREATE DATABASE `{database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;";
        await command.ExecuteNonQueryAsync();
    }
}
