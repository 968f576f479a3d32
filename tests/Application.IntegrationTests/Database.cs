using MySqlConnector;
using Respawn;
using Respawn.Graph;
using SupportDesk.Infrastructure.Data.Migrations.MySql;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>
/// The suite's MariaDB database on the <see cref="TestMySqlServer"/>, made anew for each run and emptied between
/// tests (Respawn).
/// </summary>
[SetUpFixture]
public sealed class Database
{
    public const string Name = "supportdesk_it";
    private static Respawner? _respawner;

    public static string ConnectionString { get; } = TestMySqlServer.ConnectionStringFor(Name, maximumPoolSize: 200);

    public static Desk Desk { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task CreateAsync()
    {
        await TestMySqlServer.RecreateDatabaseAsync(Name);
        Desk = Desk.Create("MySql", ConnectionString);
        await Desk.InitialiseAsync();
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.MySql,
            SchemasToInclude = [Name],
            // The scheduler's tables too: a running process keeps its clustered sweep there.
            TablesToIgnore = [new Table("__EFMigrationsHistory"), new Table("AspNetRoles"), .. QuartzClusterTables.TableNames.Select(name => new Table(name))],
        });
    }

    [OneTimeTearDown]
    public async Task DisposeAsync() => await Desk.DisposeAsync();

    public static async Task ResetAsync()
    {
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        await EndLeftTransactionsAsync(connection);
        await _respawner!.ResetAsync(connection);
    }

    /// <summary>
    /// A test that stops one of its in-process "processes" while that process's job is inside a transaction can leave
    /// the session behind with its row locks: the job's connection object is dropped, not closed, when the stopped
    /// process's services are disposed, and the shared pool notices only minutes later (a real process's exit closes its
    /// sessions at once). Emptying the tables would then wait on those locks and time out, failing the next tests in
    /// a row. Such a session (a transaction open for more than 10 s on this database, between tests) is named in the
    /// test log and ended, so the leak is seen, not waited out.
    /// </summary>
    private static async Task EndLeftTransactionsAsync(MySqlConnection connection)
    {
        var left = new List<(long Thread, string Started, string? Query)>();
        await using (var find = new MySqlCommand(
            """
            SELECT t.trx_mysql_thread_id, CAST(t.trx_started AS CHAR), t.trx_query
            FROM information_schema.innodb_trx t
            JOIN information_schema.processlist p ON p.ID = t.trx_mysql_thread_id
            WHERE p.DB = @db AND t.trx_mysql_thread_id <> CONNECTION_ID() AND t.trx_started < NOW() - INTERVAL 10 SECOND
            """, connection))
        {
            find.Parameters.AddWithValue("@db", Name);
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                left.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        foreach (var (thread, started, query) in left)
        {
            await TestContext.Progress.WriteLineAsync(
                $"Ending session {thread} left with a transaction open since {started} (last statement: {query ?? "none running"}).");
            await using var kill = new MySqlCommand($"KILL CONNECTION {thread}", connection);
            try
            {
                await kill.ExecuteNonQueryAsync();
            }
            catch (MySqlException ex) when (ex.ErrorCode == MySqlErrorCode.NoSuchThread)
            {
                // It ended by itself meanwhile.
            }
        }
    }

    public static async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Base of the tests that share the suite's database: each starts from empty tables.</summary>
public abstract class DatabaseTest
{
    protected static Desk Desk => Database.Desk;

    [SetUp]
    public Task ResetDatabaseAsync() => Database.ResetAsync();
}
