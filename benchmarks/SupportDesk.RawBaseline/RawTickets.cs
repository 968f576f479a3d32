using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using MySqlConnector;

namespace SupportDesk.RawBaseline;

public sealed record OpenTicketRequest(
    Guid CustomerId, Guid OrderId, Guid OrderLineId, int Quantity, string Reason, string Description);

public sealed record OpenedTicket(Guid Id, string Number);

/// <summary>The fields of the WebApi's ticket summary, in its order.</summary>
public record TicketSummary(
    Guid Id, string Number, string Status, Guid CustomerId, string CustomerName, string CustomerEmail, Guid OrderId,
    string OrderNumber, Guid OrderLineId, string Sku, string ProductName, int Quantity, string Reason,
    Guid? AssignedAgentId, string? AssignedAgentName, DateTime CreatedAt, DateTime? AssignedAt, DateTime? ResolvedAt,
    string? Outcome, string Description, string? ResolutionNote);

public sealed record TicketEvent(string Type, DateTime At, string Actor, string? Detail);

/// <summary>The WebApi's ticket with history: the summary's fields, then the history (last, as there).</summary>
public sealed record TicketDetail : TicketSummary
{
    public TicketDetail(TicketSummary summary, IReadOnlyList<TicketEvent> history)
        : base(summary)
    {
        History = history;
    }

    [JsonPropertyOrder(1)]
    public IReadOnlyList<TicketEvent> History { get; }
}

/// <summary>The WebApi's page shape, computed fields included, so both send the same bytes.</summary>
public sealed record TicketPage(IReadOnlyList<TicketSummary> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => (int)Math.Ceiling(TotalCount / (double)PageSize);

    public bool HasPreviousPage => Page > 1;

    public bool HasNextPage => Page < TotalPages;
}

/// <summary>
/// The SQL the WebApi runs for OpenTicket, GetTickets and GetTicket (read off EF Core's command log on MariaDB and
/// written out by hand), on one pooled connection per request.
/// </summary>
public sealed class RawTickets(MySqlDataSource database)
{
    private const int MaxPageSize = 100;
    private const int NumberAttempts = 3;

    private static readonly string[] Statuses = ["Open", "InProgress", "Resolved"];
    private static readonly string[] Reasons = ["Damaged", "Defective", "WrongItem", "NotAsDescribed", "NoLongerNeeded", "Other"];

    // The joins and columns of TicketReadModel.ToSummaries, shared by the list and the detail.
    private const string SummaryFrom = """
        FROM Tickets t
        JOIN Customers c ON c.Id = t.CustomerId
        JOIN Orders o ON o.Id = t.OrderId
        JOIN OrderLines l ON l.Id = t.OrderLineId
        LEFT JOIN Agents a ON a.Id = t.AssignedAgentId
        """;

    private const string SummaryColumns = """
        SELECT t.Id, t.Number, t.Status, t.CustomerId, c.FullName, c.Email, t.OrderId, o.Number, t.OrderLineId,
               l.Sku, l.ProductName, t.Quantity, t.Reason, t.AssignedAgentId, a.FullName, t.CreatedAt, t.AssignedAt,
               t.ResolvedAt, t.Outcome, t.Description, t.ResolutionNote
        """;

    /// <summary>
    /// OpenTicket at the database level, in one transaction: the line is locked rather than version-checked (the
    /// WebApi reads, then updates WHERE Version = n and retries on a conflict), then the ticket, its Opened event
    /// and the line's claim are written in one round trip, as EF batches them.
    /// </summary>
    public async Task<IResult> OpenAsync(OpenTicketRequest request, CancellationToken ct)
    {
        var reason = Array.Find(Reasons, r => r.Equals(request.Reason, StringComparison.OrdinalIgnoreCase));
        var description = request.Description?.Trim();
        if (reason is null || string.IsNullOrEmpty(description) || description.Length > 4000)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid ticket.");
        }

        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        // FOR UPDATE locks the line (and its order and customer, read by the same statement): two tickets on one
        // line wait for each other here instead of both claiming the last items.
        await using var read = new MySqlCommand("""
            SELECT l.Quantity, l.ClaimedQuantity, l.Sku, l.ProductName, c.FullName
            FROM OrderLines l
            JOIN Orders o ON o.Id = l.OrderId
            JOIN Customers c ON c.Id = o.CustomerId
            WHERE l.Id = @line AND o.Id = @order AND o.CustomerId = @customer
            FOR UPDATE
            """, connection, transaction);
        read.Parameters.AddWithValue("@line", request.OrderLineId);
        read.Parameters.AddWithValue("@order", request.OrderId);
        read.Parameters.AddWithValue("@customer", request.CustomerId);
        int quantity, claimed;
        string sku, productName, customerName;
        await using (var row = await read.ExecuteReaderAsync(ct))
        {
            if (!await row.ReadAsync(ct))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such order line of yours.");
            }

            (quantity, claimed) = (row.GetInt32(0), row.GetInt32(1));
            (sku, productName, customerName) = (row.GetString(2), row.GetString(3), row.GetString(4));
        }

        if (request.Quantity < 1 || request.Quantity > quantity - claimed)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict,
                title: $"Only {quantity - claimed} of {quantity} items of this line can still be returned.");
        }

        var now = DateTime.UtcNow;
        var ticketId = Guid.CreateVersion7();
        await using var write = new MySqlCommand("""
            INSERT INTO Tickets (Id, Number, CustomerId, OrderId, OrderLineId, Quantity, Reason, Description, Status,
                                 AssignedAgentId, HolderAgentId, CreatedAt, AssignedAt, ResolvedAt, Outcome,
                                 ResolutionNote, Version)
            VALUES (@id, @number, @customer, @order, @line, @quantity, @reason, @description, 'Open',
                    NULL, NULL, @now, NULL, NULL, NULL, NULL, 0);
            INSERT INTO TicketEvents (Id, TicketId, Type, At, Actor, Detail)
            VALUES (@eventId, @id, 'Opened', @now, @actor, @detail);
            UPDATE OrderLines SET ClaimedQuantity = ClaimedQuantity + @quantity, Version = Version + 1
            WHERE Id = @line;
            """, connection, transaction);
        write.Parameters.AddWithValue("@id", ticketId);
        var number = write.Parameters.AddWithValue("@number", NewTicketNumber());
        write.Parameters.AddWithValue("@customer", request.CustomerId);
        write.Parameters.AddWithValue("@order", request.OrderId);
        write.Parameters.AddWithValue("@line", request.OrderLineId);
        write.Parameters.AddWithValue("@quantity", request.Quantity);
        write.Parameters.AddWithValue("@reason", reason);
        write.Parameters.AddWithValue("@description", description);
        write.Parameters.AddWithValue("@now", now);
        write.Parameters.AddWithValue("@eventId", Guid.CreateVersion7());
        // The actor and detail Ticket.Open records.
        write.Parameters.AddWithValue("@actor", customerName);
        write.Parameters.AddWithValue("@detail", $"{request.Quantity} × {productName} ({sku}), reason {reason}");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await write.ExecuteNonQueryAsync(ct);
                break;
            }
            catch (MySqlException e) when (e.ErrorCode == MySqlErrorCode.DuplicateKeyEntry && attempt < NumberAttempts)
            {
                // The ticket number is random; the unique index is the check (the WebApi looks first). The failed
                // INSERT is the first statement of the batch, so nothing of it was applied: draw again.
                number.Value = NewTicketNumber();
            }
        }

        await transaction.CommitAsync(ct);
        return Results.Created($"/raw/tickets/{ticketId}", new OpenedTicket(ticketId, (string)number.Value!));
    }

    /// <summary>GetTickets for staff without a text search: the same COUNT, filters, order and page as the WebApi's,
    /// with the page's query written the best way by hand.</summary>
    public async Task<IResult> ListAsync(string[] status, Guid? customerId, int page, int pageSize, CancellationToken ct)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid paging.");
        }

        await using var connection = await database.OpenConnectionAsync(ct);
        await using var count = connection.CreateCommand();
        await using var query = connection.CreateCommand();
        void Bind(string name, object value)
        {
            count.Parameters.AddWithValue(name, value);
            query.Parameters.AddWithValue(name, value);
        }

        var where = new List<string>();
        if (customerId is { } customer)
        {
            where.Add("t.CustomerId = @customer");
            Bind("@customer", customer);
        }

        if (status.Length > 0)
        {
            var names = new List<string>();
            foreach (var value in status.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var name = Array.Find(Statuses, s => s.Equals(value, StringComparison.OrdinalIgnoreCase));
                if (name is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Unknown status {value}.");
                }

                names.Add($"@status{names.Count}");
                Bind(names[^1], name);
            }

            where.Add($"t.Status IN ({string.Join(", ", names)})");
        }

        var filter = where.Count == 0 ? "" : $"WHERE {string.Join(" AND ", where)}";
        // The joins are one-to-one on required keys, so the WebApi counts the tickets alone (and keeps totals of
        // 10,000 and more in memory for 30 s; the baseline counts every time, which is the database's cost).
        count.CommandText = $"SELECT COUNT(*) FROM Tickets t {filter}";
        var totalCount = Convert.ToInt32(await count.ExecuteScalarAsync(ct));

        // The page's ids from the index behind the filter and the order, then the joins for those rows only (a
        // deferred join): the best single statement for this page. Joining first, the planner sorted every matching
        // ticket (6 to 10 s for a million).
        query.CommandText = $"""
            {SummaryColumns}
            FROM (SELECT t.Id FROM Tickets t {filter} ORDER BY t.CreatedAt DESC, t.Id DESC LIMIT @take OFFSET @skip) page
            JOIN Tickets t ON t.Id = page.Id
            JOIN Customers c ON c.Id = t.CustomerId
            JOIN Orders o ON o.Id = t.OrderId
            JOIN OrderLines l ON l.Id = t.OrderLineId
            LEFT JOIN Agents a ON a.Id = t.AssignedAgentId
            ORDER BY t.CreatedAt DESC, t.Id DESC
            """;
        query.Parameters.AddWithValue("@take", pageSize);
        query.Parameters.AddWithValue("@skip", (page - 1) * pageSize);
        var items = new List<TicketSummary>(pageSize);
        await using (var rows = await query.ExecuteReaderAsync(ct))
        {
            while (await rows.ReadAsync(ct))
            {
                items.Add(ReadSummary(rows));
            }
        }

        return Results.Ok(new TicketPage(items, page, pageSize, totalCount));
    }

    /// <summary>GetTicket: the summary row, then its history in time order.</summary>
    public async Task<IResult> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var ticket = new MySqlCommand($"{SummaryColumns}\n{SummaryFrom}\nWHERE t.Id = @id", connection);
        ticket.Parameters.AddWithValue("@id", id);
        TicketSummary summary;
        await using (var row = await ticket.ExecuteReaderAsync(ct))
        {
            if (!await row.ReadAsync(ct))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ticket.");
            }

            summary = ReadSummary(row);
        }

        await using var events = new MySqlCommand(
            "SELECT Type, At, Actor, Detail FROM TicketEvents WHERE TicketId = @id ORDER BY At, Id", connection);
        events.Parameters.AddWithValue("@id", id);
        var history = new List<TicketEvent>(4);
        await using (var rows = await events.ExecuteReaderAsync(ct))
        {
            while (await rows.ReadAsync(ct))
            {
                history.Add(new TicketEvent(rows.GetString(0), rows.GetDateTime(1), rows.GetString(2),
                    rows.IsDBNull(3) ? null : rows.GetString(3)));
            }
        }

        return Results.Ok(new TicketDetail(summary, history));
    }

    private static TicketSummary ReadSummary(DbDataReader row) => new(
        row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetGuid(3), row.GetString(4), row.GetString(5),
        row.GetGuid(6), row.GetString(7), row.GetGuid(8), row.GetString(9), row.GetString(10), row.GetInt32(11),
        row.GetString(12), row.IsDBNull(13) ? null : row.GetGuid(13), row.IsDBNull(14) ? null : row.GetString(14),
        row.GetDateTime(15), row.IsDBNull(16) ? null : row.GetDateTime(16), row.IsDBNull(17) ? null : row.GetDateTime(17),
        row.IsDBNull(18) ? null : row.GetString(18), row.GetString(19), row.IsDBNull(20) ? null : row.GetString(20));

    /// <summary>The domain's TicketNumber.New(): T-XXXX-XXXX, 40 random bits in Crockford's base 32.</summary>
    private static string NewTicketNumber()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var text = "T-0000-0000".ToCharArray();
        for (var i = 2; i < text.Length; i++)
        {
            if (text[i] != '-')
            {
                text[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        }

        return new string(text);
    }
}
