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
        await _respawner!.ResetAsync(connection);
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
