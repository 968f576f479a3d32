using MySqlConnector;

namespace SupportDesk.LoadDriver;

/// <summary>
/// After a run, the database is asked directly what happened: which acknowledged tickets it holds, whether an agent
/// ever held two tickets at once, whether a ticket went to two agents.
/// </summary>
public sealed class Verify(string connectionString)
{
    public async Task<int> CountStoredAsync(IReadOnlyCollection<Guid> ids) =>
        await CountInBatchesAsync(ids, "SELECT COUNT(*) FROM Tickets WHERE Id IN ({0})");

    public async Task<int> CountNotResolvedAsync(IReadOnlyCollection<Guid> ids) =>
        await CountInBatchesAsync(ids, "SELECT COUNT(*) FROM Tickets WHERE Status <> 'Resolved' AND Id IN ({0})");

    public async Task<int> CountNeverAssignedAsync(IReadOnlyCollection<Guid> ids) =>
        await CountInBatchesAsync(ids, "SELECT COUNT(*) FROM Tickets WHERE AssignedAt IS NULL AND Id IN ({0})");

    /// <summary>Pairs of tickets of one agent whose [assigned, resolved] spans overlap, among tickets opened since.</summary>
    public Task<long> CountOverlappingHoldsAsync(DateTime since) => ScalarAsync(
        """
        SELECT COUNT(*) FROM Tickets a JOIN Tickets b
          ON a.AssignedAgentId = b.AssignedAgentId AND a.Id < b.Id
         AND a.AssignedAt < COALESCE(b.ResolvedAt, UTC_TIMESTAMP(6)) AND b.AssignedAt < COALESCE(a.ResolvedAt, UTC_TIMESTAMP(6))
        WHERE a.CreatedAt >= @since AND b.CreatedAt >= @since
        """, since);

    /// <summary>Tickets assigned more than once without having been returned to the queue in between.</summary>
    public Task<long> CountDoubleAssignmentsAsync(DateTime since) => ScalarAsync(
        """
        SELECT COUNT(*) FROM (
          SELECT e.TicketId FROM TicketEvents e JOIN Tickets t ON t.Id = e.TicketId
          WHERE t.CreatedAt >= @since
          GROUP BY e.TicketId
          HAVING SUM(e.Type = 'Assigned') > 1 + SUM(e.Type = 'ReturnedToQueue')) doubled
        """, since);

    /// <summary>Tickets picked at random over the whole history (a second or so on a million rows, once per run).</summary>
    public async Task<List<(Guid Id, string Number)>> SampleTicketsAsync(int count)
    {
        await using var connection = await OpenAsync();
        await using var command = new MySqlCommand("SELECT Id, Number FROM Tickets ORDER BY RAND() LIMIT @count", connection) { CommandTimeout = 120 };
        command.Parameters.AddWithValue("@count", count);
        var rows = new List<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return rows.Count > 0 ? rows : throw new InvalidOperationException("The database has no tickets: seed it first.");
    }

    /// <summary>Emails of customers with tickets who have no account yet (imported with their orders).</summary>
    public async Task<List<string>> SampleCustomersWithoutAccountAsync(int count)
    {
        await using var connection = await OpenAsync();
        await using var command = new MySqlCommand(
            """
            SELECT c.Email FROM Customers c
            WHERE c.UserId IS NULL AND EXISTS (SELECT 1 FROM Tickets t WHERE t.CustomerId = c.Id)
            ORDER BY RAND() LIMIT @count
            """, connection) { CommandTimeout = 120 };
        command.Parameters.AddWithValue("@count", count);
        var emails = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            emails.Add(reader.GetString(0));
        }

        return emails.Count > 0 ? emails : throw new InvalidOperationException("No customer with tickets and without an account: seed the database first.");
    }

    private async Task<int> CountInBatchesAsync(IReadOnlyCollection<Guid> ids, string sqlWithInList)
    {
        await using var connection = await OpenAsync();
        var total = 0;
        foreach (var batch in ids.Chunk(1000))
        {
            await using var command = new MySqlCommand(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlWithInList, string.Join(",", batch.Select(id => $"'{id}'"))), connection);
            total += Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return total;
    }

    private async Task<long> ScalarAsync(string sql, DateTime? since)
    {
        await using var connection = await OpenAsync();
        await using var command = new MySqlCommand(sql, connection) { CommandTimeout = 300 };
        if (since is { } at)
        {
            command.Parameters.AddWithValue("@since", at);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
