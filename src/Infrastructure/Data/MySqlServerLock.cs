using MySqlConnector;

namespace SupportDesk.Infrastructure.Data;

/// <summary>A MySQL named lock (GET_LOCK), held by its own connection until disposed.</summary>
internal sealed class MySqlServerLock : IAsyncDisposable
{
    private readonly MySqlConnection _connection;
    private readonly string _name;

    private MySqlServerLock(MySqlConnection connection, string name)
    {
        _connection = connection;
        _name = name;
    }

    public static async Task<MySqlServerLock> AcquireAsync(string connectionString, string name, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString) { Database = string.Empty, Pooling = false };
        var connection = new MySqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new MySqlCommand("SELECT GET_LOCK(@name, @seconds)", connection);
            command.Parameters.AddWithValue("@name", name);
            command.Parameters.AddWithValue("@seconds", (int)timeout.TotalSeconds);
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L) != 1)
            {
                throw new InvalidOperationException($"Another process held the lock '{name}' for more than {timeout}.");
            }

            return new MySqlServerLock(connection, name);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new MySqlCommand("SELECT RELEASE_LOCK(@name)", _connection);
            command.Parameters.AddWithValue("@name", _name);
            await command.ExecuteScalarAsync();
        }
        finally
        {
            // Closing the connection releases the lock anyway.
            await _connection.DisposeAsync();
        }
    }
}
