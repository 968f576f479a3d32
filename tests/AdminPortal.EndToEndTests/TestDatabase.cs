using MySqlConnector;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// The MariaDB database of this suite, made anew for each run. The server comes from SUPPORTDESK_TEST_MYSQL (a
/// connection string, as for the other suites; the test command starts the server); the database name is ours.
/// </summary>
public static class TestDatabase
{
    public const string Name = "supportdesk_portal_tests";
    public const string EnvironmentVariable = "SUPPORTDESK_TEST_MYSQL";

    public static string ConnectionString { get; } = Build();

    public static string ConnectionStringFor(string database) =>
        new MySqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    public static async Task RecreateAsync(string database = Name)
    {
        var server = new MySqlConnectionStringBuilder(ConnectionString) { Database = string.Empty };
        await using var connection = new MySqlConnection(server.ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (MySqlException ex)
        {
            throw new InvalidOperationException(
                $"Cannot reach the MariaDB server given by {EnvironmentVariable} ({server.Server}:{server.Port}): {ex.Message}", ex);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{database}`; CREATE DATABASE `{database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;";
        await command.ExecuteNonQueryAsync();
    }

    private static string Build()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var builder = new MySqlConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Server=127.0.0.1;Port=3306;User ID=root;Password=" : configured)
        {
            Database = Name,
        };
        return builder.ConnectionString;
    }
}
