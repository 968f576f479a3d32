using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using MySqlConnector;

namespace SupportDesk.LoadDriver.Seeding;

/// <param name="ConnectionString">A SupportDesk MySQL/MariaDB database the WebApi has already migrated.</param>
/// <param name="Tickets">Resolved tickets of the past, three history events each.</param>
/// <param name="Customers">Customers without sign-in accounts (as an order import creates them), one order each.</param>
/// <param name="HistoricalAgents">Agents who handled those tickets and have left since.</param>
/// <param name="Days">How far back the history goes; it ends six hours before the current hour began.</param>
public sealed record SeedOptions(
    string ConnectionString,
    int Tickets = 1_000_000,
    int Customers = 50_000,
    int HistoricalAgents = 100,
    int Days = 365);

public sealed record SeedSummary(int Customers, int Orders, int Lines, int Agents, int Tickets, int Events, TimeSpan Elapsed);

/// <summary>
/// Fills a migrated SupportDesk database with a year of history for the read benchmarks of issue 6: customers and
/// their orders, agents who have left, and resolved tickets with their history. Not part of the product.
/// <para>
/// The rows are what the product itself would have written (same columns, versions, events and texts, every check
/// constraint and unique index satisfied, each line's claimed quantity the sum of its non-rejected tickets), but
/// they are written directly in multi-row INSERTs: a million tickets through the API would take hours. Nothing is
/// left open or in progress, so the live assignment finds no work in the history.
/// </para>
/// <para>
/// Two connections write at once, one for the tickets and their parents and one for the history events, so each
/// table has a single writer and the two never wait on each other's locks. Unique and foreign key checks are off for
/// those sessions only: the planner makes the keys unique and the references whole, and verify-seed.sql beside
/// this file checks both (and every rule above) afterwards. A run that fails half way leaves a partial history: drop the
/// database, migrate it again and start over.
/// </para>
/// </summary>
public static class BulkSeeder
{
    private const int RowsPerStatement = 1_000;

    /// <summary>Rows a transaction commits: big enough that commits cost nothing, small enough for the undo log.</summary>
    private const int RowsPerTransaction = 20_000;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public static async Task<SeedSummary> RunAsync(SeedOptions options, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var clock = Stopwatch.StartNew();

        var takenNumbers = await PrepareAsync(options.ConnectionString, ct);
        progress?.Report($"Planning {options.Tickets:N0} tickets for {options.Customers:N0} customers and " +
            $"{options.HistoricalAgents:N0} agents over {options.Days} days…");
        var history = SeedHistory.Plan(options, DateTime.UtcNow, takenNumbers);
        var expected = new SeedCounts(history);
        progress?.Report($"Planned in {clock.Elapsed.TotalSeconds:N1} s; writing {expected.Total:N0} rows.");

        // Bounded: the planner can run only a few statements ahead of the database, which keeps memory flat.
        var parents = Channel.CreateBounded<InsertStatement>(4);
        var events = Channel.CreateBounded<InsertStatement>(4);
        var written = new SeedCounts();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writers = new[]
        {
            WriteAsync(options.ConnectionString, parents.Reader, written, failed),
            WriteAsync(options.ConnectionString, events.Reader, written, failed),
        };
        var producer = Task.Run(() => ProduceAsync(history, parents.Writer, events.Writer, failed.Token), failed.Token);
        var reporter = ReportAsync(progress, expected, written, clock, failed.Token);

        try
        {
            await Task.WhenAll([producer, .. writers]);
        }
        catch
        {
            ExceptionDispatchInfo.Throw(RootCause(producer, writers));
            throw;
        }
        finally
        {
            await failed.CancelAsync();
            await reporter;
        }

        progress?.Report($"Wrote {written.Total:N0} rows in {clock.Elapsed.TotalSeconds:N1} s " +
            $"({written.Total / clock.Elapsed.TotalSeconds:N0} rows/s); updating the optimizer statistics…");
        await AnalyzeAsync(options.ConnectionString, ct);
        progress?.Report($"Seeded in {clock.Elapsed.TotalSeconds:N1} s.");

        return new SeedSummary(written[SeedTable.Customers], written[SeedTable.Orders], written[SeedTable.OrderLines],
            written[SeedTable.Agents], written[SeedTable.Tickets], written[SeedTable.TicketEvents], clock.Elapsed);
    }

    private static void Validate(SeedOptions options)
    {
        if (options.Tickets < 0 || options.Customers < 1 || options.Days < 1 ||
            options.HistoricalAgents < (options.Tickets > 0 ? 1 : 0))
        {
            throw new ArgumentException(
                "Seeding needs at least one customer and one day, and at least one agent when there are tickets.",
                nameof(options));
        }
    }

    /// <summary>Refuses a database that is not migrated or already seeded; returns the ticket numbers in use.</summary>
    private static async Task<HashSet<long>> PrepareAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var tables = Convert.ToInt32(await ScalarAsync(connection,
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN " +
            "('Customers', 'Orders', 'OrderLines', 'Agents', 'Tickets', 'TicketEvents')", ct));
        if (tables != 6)
        {
            throw new InvalidOperationException(
                "The database has no SupportDesk schema: start the WebApi on it once (Database__Provider=MySql) to migrate it.");
        }

        if (Convert.ToBoolean(await ScalarAsync(connection,
            "SELECT EXISTS (SELECT 1 FROM Orders WHERE Number LIKE 'BULK-%')", ct)))
        {
            throw new InvalidOperationException("The database already holds a bulk history (orders BULK-…): seed a fresh one.");
        }

        // Tickets the API has already opened keep their numbers: the planner never reuses one.
        var taken = new HashSet<long>();
        await using var command = new MySqlCommand("SELECT Number FROM Tickets", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (SeedHistory.TryParseTicketNumber(reader.GetString(0), out var bits))
            {
                taken.Add(bits);
            }
        }

        return taken;
    }

    /// <summary>Turns the plan into statements: parents first, then each ticket with its three events.</summary>
    private static async Task ProduceAsync(SeedHistory history, ChannelWriter<InsertStatement> parents,
        ChannelWriter<InsertStatement> events, CancellationToken ct)
    {
        try
        {
            var customers = new InsertBuilder(SeedTable.Customers, "Id, FullName, Email, UserId, CreatedAt", RowsPerStatement);
            var orders = new InsertBuilder(SeedTable.Orders, "Id, Number, CustomerId, PlacedAt, ImportedAt", RowsPerStatement);
            foreach (var customer in history.Customers)
            {
                // UserId NULL: a customer the shop's order import created, who never registered.
                customers.Row().Value(customer.Id).Value(customer.FullName).Value(customer.Email).Null()
                    .Value(customer.ImportedAt).EndRow();
                orders.Row().Value(customer.OrderId).Value(customer.OrderNumber).Value(customer.Id)
                    .Value(customer.PlacedAt).Value(customer.ImportedAt).EndRow();
                await FlushIfFullAsync(customers, parents, ct);
                await FlushIfFullAsync(orders, parents, ct);
            }

            await FlushAsync(customers, parents, ct);
            await FlushAsync(orders, parents, ct);

            var lines = new InsertBuilder(SeedTable.OrderLines,
                "Id, OrderId, Sku, ProductName, Quantity, UnitPrice, ClaimedQuantity, Version", RowsPerStatement);
            foreach (var line in history.Lines)
            {
                lines.Row().Value(line.Id).Value(history.Customers[line.Customer].OrderId).Value(SeedHistory.Sku(line))
                    .Value(SeedHistory.ProductName(line)).Value(line.Quantity).Value(SeedHistory.UnitPrice(line))
                    .Value(line.ClaimedQuantity).Value(line.Version).EndRow();
                await FlushIfFullAsync(lines, parents, ct);
            }

            await FlushAsync(lines, parents, ct);

            var agents = new InsertBuilder(SeedTable.Agents,
                "Id, FullName, Email, UserId, Availability, AvailableSince, CurrentTicketId, CreatedAt, RemovedAt, Version",
                RowsPerStatement);
            foreach (var agent in history.Agents)
            {
                // Removal keeps the agent's availability as it was; these had gone away before they left, which
                // also keeps them out of the free-agent index range the assignment reads ('Available', …).
                agents.Row().Value(agent.Id).Value(agent.FullName).Value(agent.Email).Value(agent.UserId).Value("Away")
                    .Value(agent.AvailableSince).Null().Value(agent.CreatedAt).Value(agent.RemovedAt).Value(agent.Version)
                    .EndRow();
                await FlushIfFullAsync(agents, parents, ct);
            }

            await FlushAsync(agents, parents, ct);
            await ProduceTicketsAsync(history, parents, events, ct);
            parents.TryComplete();
            events.TryComplete();
        }
        catch (Exception e)
        {
            parents.TryComplete(e);
            events.TryComplete(e);
            throw;
        }
    }

    private static async Task ProduceTicketsAsync(SeedHistory history, ChannelWriter<InsertStatement> parents,
        ChannelWriter<InsertStatement> events, CancellationToken ct)
    {
        var tickets = new InsertBuilder(SeedTable.Tickets,
            "Id, Number, CustomerId, OrderId, OrderLineId, Quantity, Reason, Description, Status, AssignedAgentId, " +
            "HolderAgentId, CreatedAt, AssignedAt, ResolvedAt, Outcome, ResolutionNote, Version, " +
            "Priority, AssignBy, ResolveBy, AssignBreachedAt, ResolveBreachedAt, BreachedAt", RowsPerStatement);
        var ticketEvents = new InsertBuilder(SeedTable.TicketEvents, "Id, TicketId, Type, At, Actor, Detail", RowsPerStatement);
        // Event ids come from a generator of their own, so they do not shift the plan's random sequence.
        var eventIds = new Random(SeedHistory.RandomSeed + 1);
        for (var i = 0; i < history.Tickets.Length; i++)
        {
            ref readonly var ticket = ref history.Tickets[i];
            var line = history.Lines[ticket.Line];
            var customer = history.Customers[line.Customer];
            var agent = history.Agents[ticket.Agent];
            var reason = SeedHistory.Reasons[ticket.Reason];
            var outcome = SeedHistory.Outcomes[ticket.Outcome];

            // Version 2: assigning and resolving each updated the ticket once. No holder once resolved.
            tickets.Row().Value(ticket.Id).Value(SeedHistory.TicketNumber(ticket.Number)).Value(customer.Id)
                .Value(customer.OrderId).Value(line.Id).Value(ticket.Quantity).Value(reason)
                .Value(SeedHistory.Description(ticket)).Value("Resolved").Value(agent.Id).Null().Value(ticket.CreatedAt)
                .Value(ticket.AssignedAt).Value(ticket.ResolvedAt).Value(outcome).Value(SeedHistory.ResolutionNote(ticket))
                .Value(2);
            // The priority and due times Ticket.Open gives (the default targets); a target missed was recorded by the
            // breach job at its due time, and both are settled (SlaCheckAt null), as for a resolved ticket.
            var priority = SeedHistory.PriorityOf(reason);
            var (assignWithin, resolveWithin) = SeedHistory.Targets(priority);
            var assignBy = ticket.CreatedAt + assignWithin;
            var resolveBy = ticket.CreatedAt + resolveWithin;
            DateTime? assignBreached = ticket.AssignedAt > assignBy ? assignBy : null;
            DateTime? resolveBreached = ticket.ResolvedAt > resolveBy ? resolveBy : null;
            tickets.Value(priority).Value(assignBy).Value(resolveBy).Value(assignBreached).Value(resolveBreached)
                .Value(assignBreached ?? resolveBreached).EndRow();

            // The events Ticket.Open, AssignTo and Resolve record, with their actors and details.
            ticketEvents.Row().Value(SeedHistory.NewId(eventIds, ticket.CreatedAt)).Value(ticket.Id).Value("Opened")
                .Value(ticket.CreatedAt).Value(customer.FullName)
                .Value($"{ticket.Quantity} × {SeedHistory.ProductName(line)} ({SeedHistory.Sku(line)}), reason {reason}")
                .EndRow();
            ticketEvents.Row().Value(SeedHistory.NewId(eventIds, ticket.AssignedAt)).Value(ticket.Id).Value("Assigned")
                .Value(ticket.AssignedAt).Value("SupportDesk").Value($"Assigned to {agent.FullName}").EndRow();
            ticketEvents.Row().Value(SeedHistory.NewId(eventIds, ticket.ResolvedAt)).Value(ticket.Id).Value("Resolved")
                .Value(ticket.ResolvedAt).Value(agent.FullName).Value(outcome).EndRow();

            await FlushIfFullAsync(tickets, parents, ct);
            await FlushIfFullAsync(ticketEvents, events, ct);
        }

        await FlushAsync(tickets, parents, ct);
        await FlushAsync(ticketEvents, events, ct);
    }

    private static async ValueTask FlushIfFullAsync(InsertBuilder builder, ChannelWriter<InsertStatement> output,
        CancellationToken ct)
    {
        if (builder.IsFull)
        {
            await output.WriteAsync(builder.Take(), ct);
        }
    }

    private static async ValueTask FlushAsync(InsertBuilder builder, ChannelWriter<InsertStatement> output,
        CancellationToken ct)
    {
        if (builder.Rows > 0)
        {
            await output.WriteAsync(builder.Take(), ct);
        }
    }

    /// <summary>One connection executing statements in transactions of about <see cref="RowsPerTransaction"/> rows.</summary>
    private static async Task WriteAsync(string connectionString, ChannelReader<InsertStatement> statements,
        SeedCounts written, CancellationTokenSource failed)
    {
        var ct = failed.Token;
        try
        {
            await using var connection = new MySqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, null, "SET SESSION unique_checks = 0, foreign_key_checks = 0", ct);

            MySqlTransaction? transaction = null;
            var uncommitted = new List<InsertStatement>();
            var uncommittedRows = 0;
            await foreach (var statement in statements.ReadAllAsync(ct))
            {
                transaction ??= await connection.BeginTransactionAsync(ct);
                await ExecuteAsync(connection, transaction, statement.Sql, ct);
                uncommitted.Add(statement);
                uncommittedRows += statement.Rows;
                if (uncommittedRows >= RowsPerTransaction)
                {
                    await CommitAsync(transaction, uncommitted, written, ct);
                    (transaction, uncommittedRows) = (null, 0);
                }
            }

            if (transaction is not null)
            {
                await CommitAsync(transaction, uncommitted, written, ct);
            }
        }
        catch
        {
            // The other writer and the planner stop too, instead of waiting for a reader that is gone.
            await failed.CancelAsync();
            throw;
        }
    }

    private static async Task CommitAsync(MySqlTransaction transaction, List<InsertStatement> uncommitted,
        SeedCounts written, CancellationToken ct)
    {
        await transaction.CommitAsync(ct);
        await transaction.DisposeAsync();
        foreach (var statement in uncommitted)
        {
            written.Add(statement.Table, statement.Rows);
        }

        uncommitted.Clear();
    }

    private static async Task ReportAsync(IProgress<string>? progress, SeedCounts expected, SeedCounts written,
        Stopwatch clock, CancellationToken ct)
    {
        if (progress is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(ProgressInterval);
        var (lastRows, lastTime) = (0L, clock.Elapsed);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (rows, time) = (written.Total, clock.Elapsed);
                var rate = (rows - lastRows) / (time - lastTime).TotalSeconds;
                (lastRows, lastTime) = (rows, time);
                progress.Report(
                    $"tickets {written[SeedTable.Tickets]:N0}/{expected[SeedTable.Tickets]:N0}, " +
                    $"events {written[SeedTable.TicketEvents]:N0}/{expected[SeedTable.TicketEvents]:N0}, " +
                    $"all rows {rows:N0}/{expected.Total:N0} · {rate:N0} rows/s now, " +
                    $"{rows / time.TotalSeconds:N0} rows/s on average");
            }
        }
        catch (OperationCanceledException)
        {
            // The load is over (or failed): stop reporting.
        }
    }

    /// <summary>Fresh optimizer statistics, so the very first benchmark query is planned on a million rows and not
    /// on the few the tables had when InnoDB last sampled them.</summary>
    private static async Task AnalyzeAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, null,
            "ANALYZE TABLE Customers, Orders, OrderLines, Agents, Tickets, TicketEvents", ct);
    }

    private static async Task ExecuteAsync(MySqlConnection connection, MySqlTransaction? transaction, string sql,
        CancellationToken ct)
    {
        await using var command = new MySqlCommand(sql, connection, transaction) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(MySqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new MySqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>The failure that stopped the load, rather than the cancellations it caused in the other tasks.</summary>
    private static Exception RootCause(Task producer, Task[] writers)
    {
        var errors = writers.Append(producer)
            .Where(t => t.IsFaulted)
            .SelectMany(t => t.Exception!.InnerExceptions)
            .ToList();
        return errors.FirstOrDefault(e => e is not OperationCanceledException)
            ?? errors.FirstOrDefault()
            ?? new OperationCanceledException("Seeding was cancelled.");
    }

    /// <summary>Rows per table: planned, or committed so far (updated by both writers).</summary>
    private sealed class SeedCounts
    {
        private readonly int[] _rows = new int[Enum.GetValues<SeedTable>().Length];

        public SeedCounts()
        {
        }

        public SeedCounts(SeedHistory history)
        {
            _rows[(int)SeedTable.Customers] = history.Customers.Length;
            _rows[(int)SeedTable.Orders] = history.Customers.Length;
            _rows[(int)SeedTable.OrderLines] = history.Lines.Length;
            _rows[(int)SeedTable.Agents] = history.Agents.Length;
            _rows[(int)SeedTable.Tickets] = history.Tickets.Length;
            _rows[(int)SeedTable.TicketEvents] = 3 * history.Tickets.Length;
        }

        public int this[SeedTable table] => Volatile.Read(ref _rows[(int)table]);

        public long Total
        {
            get
            {
                long total = 0;
                for (var i = 0; i < _rows.Length; i++)
                {
                    total += Volatile.Read(ref _rows[i]);
                }

                return total;
            }
        }

        public void Add(SeedTable table, int rows) => Interlocked.Add(ref _rows[(int)table], rows);
    }
}
