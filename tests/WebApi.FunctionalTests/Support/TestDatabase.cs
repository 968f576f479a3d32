using MySqlConnector;
using Respawn;
using Respawn.Graph;
using SupportDesk.Infrastructure.Data.Migrations.MySql;

namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>
/// The suite's own database on the <see cref="TestMySqlServer"/>. Dropped and created afresh at the start of each
/// run, emptied between tests.
/// </summary>
public sealed class TestDatabase
{
    public const string Name = "supportdesk_api_tests";

    private Respawner? _respawner;
    private string? _managerUserId;

    public string ConnectionString { get; } = TestMySqlServer.ConnectionStringFor(Name);

    public Task RecreateAsync() => TestMySqlServer.RecreateDatabaseAsync(Name);

    /// <summary>Called once the API has migrated the database and created the bootstrap manager.</summary>
    public async Task PrepareResetAsync(string managerEmail)
    {
        await using var connection = await OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.MySql,
            SchemasToInclude = [Name],
            // The schema, the roles, and the accounts table (emptied below, all but the bootstrap manager).
            // The scheduler's tables too: a running process keeps its clustered sweep there.
            TablesToIgnore = [new Table("__EFMigrationsHistory"), new Table("AspNetRoles"), new Table("AspNetUsers"), new Table("AspNetUserRoles"), .. QuartzClusterTables.TableNames.Select(name => new Table(name))],
        });
        await using var find = new MySqlCommand("SELECT Id FROM AspNetUsers WHERE NormalizedEmail = @email", connection);
        find.Parameters.AddWithValue("@email", managerEmail.ToUpperInvariant());
        _managerUserId = (string?)await find.ExecuteScalarAsync()
            ?? throw new InvalidOperationException("The API did not create the bootstrap manager.");
    }

    /// <summary>Back to a desk with nothing but the bootstrap manager (same account id, so its token stays valid).</summary>
    public async Task ResetAsync()
    {
        if (_respawner is null)
        {
            throw new InvalidOperationException("PrepareResetAsync first.");
        }

        await using var connection = await OpenAsync();
        await _respawner.ResetAsync(connection);
        await using var accounts = new MySqlCommand(
            "DELETE FROM AspNetUserRoles WHERE UserId <> @manager; "
            + "DELETE FROM AspNetUsers WHERE Id <> @manager; "
            + "UPDATE AspNetUsers SET AccessFailedCount = 0, LockoutEnd = NULL WHERE Id = @manager;", connection);
        accounts.Parameters.AddWithValue("@manager", _managerUserId);
        await accounts.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Everything a request could change, in one string: row counts, and the state of agents, tickets, order lines
    /// and accounts. Equal before and after a refused request means the request changed nothing.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new MySqlCommand(
            """
            SELECT CONCAT_WS(' | ',
              CONCAT('customers ', (SELECT COUNT(*) FROM Customers)),
              CONCAT('orders ', (SELECT COUNT(*) FROM Orders)),
              CONCAT('lines ', (SELECT COUNT(*) FROM OrderLines)),
              CONCAT('agents ', (SELECT COUNT(*) FROM Agents)),
              CONCAT('tickets ', (SELECT COUNT(*) FROM Tickets)),
              CONCAT('events ', (SELECT COUNT(*) FROM TicketEvents)),
              CONCAT('messages ', (SELECT COUNT(*) FROM TicketMessages)),
              CONCAT('attachments ', (SELECT COUNT(*) FROM Attachments), '/', (SELECT COUNT(*) FROM AttachmentContents),
                  ' ', (SELECT MD5(COALESCE(GROUP_CONCAT(CONCAT_WS(',', Id, COALESCE(TicketId, '-'), COALESCE(MessageId, '-')) ORDER BY Id SEPARATOR ';'), '')) FROM Attachments)),
              CONCAT('accounts ', (SELECT COUNT(*) FROM AspNetUsers)),
              CONCAT('agent state ', (SELECT MD5(COALESCE(GROUP_CONCAT(CONCAT_WS(',', Id, FullName, Email, Availability,
                  COALESCE(CurrentTicketId, '-'), COALESCE(RemovedAt, '-'), Version) ORDER BY Id SEPARATOR ';'), '')) FROM Agents)),
              CONCAT('ticket state ', (SELECT MD5(COALESCE(GROUP_CONCAT(CONCAT_WS(',', Id, Status, COALESCE(AssignedAgentId, '-'),
                  Quantity, COALESCE(Outcome, '-'), MessageCount, AttachmentCount, Version) ORDER BY Id SEPARATOR ';'), '')) FROM Tickets)),
              CONCAT('line state ', (SELECT MD5(COALESCE(GROUP_CONCAT(CONCAT_WS(',', Id, ClaimedQuantity, Version) ORDER BY Id SEPARATOR ';'), '')) FROM OrderLines)),
              CONCAT('account state ', (SELECT MD5(COALESCE(GROUP_CONCAT(CONCAT_WS(',', Id, Email, PasswordHash, SecurityStamp,
                  AccessFailedCount, COALESCE(LockoutEnd, '-')) ORDER BY Id SEPARATOR ';'), '')) FROM AspNetUsers)))
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Changes the database behind the API's back (what another process or an operator could do).</summary>
    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
