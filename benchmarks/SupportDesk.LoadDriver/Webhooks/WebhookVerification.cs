using System.Diagnostics;
using System.Text.Json;
using MySqlConnector;

namespace SupportDesk.LoadDriver.Webhooks;

/// <summary>
/// The end of a webhook drill (<c>webhook-verify</c> mode): waits until the outbox is sequenced and no delivery of
/// the subscription is pending (or <c>--settle</c> runs out), then holds the receiver's record against the database.
/// Every event positioned after <c>--after-position</c> (the feed's end when the subscription was made) that the
/// subscription wants must have reached the receiver with a valid signature (0 lost); a repeat must carry the same
/// <c>webhook-id</c> (the event's id); per subject (a ticket, an agent, an order) the first receipts must follow the
/// positions. Prints and records the counts and the commit -> received latency; fails (exit 1) on any violation.
/// </summary>
public static class WebhookVerification
{
    private sealed record OutboxEvent(string Id, string Type, long Position, string? Subject, DateTime OccurredAt);

    public static async Task RunAsync(Options options)
    {
        var connectionString = options.Required("mysql");
        var subscriptionId = Guid.Parse(options.Required("subscription"));
        var record = options.Required("record");
        var afterPosition = long.Parse(options.Required("after-position"), System.Globalization.CultureInfo.InvariantCulture);
        var settle = options.Seconds("settle", 900);
        var name = options.Text("name") ?? "webhook drill";
        var startedAt = DateTime.UtcNow;
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();

        var waited = Stopwatch.StartNew();
        long pending;
        while (true)
        {
            var unsequenced = await ScalarAsync(connection, "SELECT COUNT(*) FROM IntegrationEvents WHERE Position IS NULL AND SubscriptionId IS NULL");
            pending = await ScalarAsync(connection, "SELECT COUNT(*) FROM WebhookDeliveries WHERE SubscriptionId = @s AND Status = 'Pending'", subscriptionId);
            if (unsequenced == 0 && pending == 0 || waited.Elapsed > settle)
            {
                break;
            }

            Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} webhook-verify: {unsequenced} events not yet positioned, {pending} deliveries pending");
            await Task.Delay(TimeSpan.FromSeconds(5));
        }

        // The receiver writes a line before it answers: a moment for the last answers' lines.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var drained = waited.Elapsed.TotalSeconds;
        var wanted = (await TextAsync(connection, "SELECT Events FROM WebhookSubscriptions WHERE Id = @s", subscriptionId))
            ?? throw new InvalidOperationException($"Subscription {subscriptionId} is not in the database.");
        var events = (await EventsAsync(connection, afterPosition)).Where(e => wanted.Contains('*') || wanted.Contains($"\"{e.Type}\"") || wanted.Contains(e.Type)).ToList();
        var allIds = await EventIdsAsync(connection);
        var receipts = File.Exists(record)
            ? File.ReadLines(record).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Receipt>(l, Api.Json)!).OrderBy(r => r.Order).ToList()
            : [];

        var violations = new List<string>();
        var invalid = receipts.Count(r => !r.SignatureValid);
        var problems = receipts.Count(r => r.SignatureValid && r.Problem is not null);
        var idMismatch = receipts.Count(r => r.WebhookId != r.EventId);
        var valid = receipts.Where(r => r.SignatureValid && r.EventId is not null).ToList();
        var firstReceipts = valid.GroupBy(r => r.EventId!).ToDictionary(g => g.Key, g => g.First());
        var duplicates = valid.Count - firstReceipts.Count;
        // The same event under another id, or one id for two events, would let a receiver's de-duplication fail.
        var repeatsThatDiffer = valid.GroupBy(r => r.EventId!).Count(g => g.Select(r => (r.Type, r.Position)).Distinct().Count() > 1);
        var positionsUnderTwoIds = valid.Where(r => r.Position is not null).GroupBy(r => r.Position).Count(g => g.Select(r => r.EventId).Distinct().Count() > 1);
        var unknown = firstReceipts.Keys.Count(id => !allIds.Contains(id));
        var lost = events.Where(e => !firstReceipts.ContainsKey(e.Id)).ToList();

        // Per subject, the order of first receipt must be the order of position.
        var outOfOrder = 0;
        foreach (var subject in events.Where(e => e.Subject is not null && firstReceipts.ContainsKey(e.Id)).GroupBy(e => e.Subject))
        {
            var highest = long.MinValue;
            foreach (var e in subject.OrderBy(e => firstReceipts[e.Id].Order))
            {
                if (e.Position < highest)
                {
                    outOfOrder++;
                }

                highest = Math.Max(highest, e.Position);
            }
        }

        var latencies = events.Where(e => firstReceipts.ContainsKey(e.Id))
            .Select(e => (firstReceipts[e.Id].ReceivedAt - e.OccurredAt).TotalMilliseconds).Order().ToArray();
        // The two halves: the sequencer's (commit -> position given and delivery queued) and the sender's.
        var queuedAt = await QueuedAtAsync(connection, subscriptionId);
        var queued = events.Where(e => queuedAt.ContainsKey(e.Id))
            .Select(e => (queuedAt[e.Id] - e.OccurredAt).TotalMilliseconds).Order().ToArray();
        var sent = events.Where(e => queuedAt.ContainsKey(e.Id) && firstReceipts.ContainsKey(e.Id))
            .Select(e => (firstReceipts[e.Id].ReceivedAt - queuedAt[e.Id]).TotalMilliseconds).Order().ToArray();
        var deliveries = await ScalarAsync(connection, "SELECT COUNT(*) FROM WebhookDeliveries WHERE SubscriptionId = @s", subscriptionId);
        var attempts = await ScalarAsync(connection, "SELECT COALESCE(SUM(Attempts), 0) FROM WebhookDeliveries WHERE SubscriptionId = @s", subscriptionId);
        var failed = await ScalarAsync(connection, "SELECT COUNT(*) FROM WebhookDeliveries WHERE SubscriptionId = @s AND Status = 'Failed'", subscriptionId);
        var retried = await ScalarAsync(connection, "SELECT COUNT(*) FROM WebhookDeliveries WHERE SubscriptionId = @s AND Attempts > 1", subscriptionId);
        var status = await TextAsync(connection, "SELECT Status FROM WebhookSubscriptions WHERE Id = @s", subscriptionId);

        var facts = new Dictionary<string, double>
        {
            ["events in the outbox for the subscription (positioned after it was made)"] = events.Count,
            ["deliveries (rows)"] = deliveries,
            ["attempts"] = attempts,
            ["deliveries that needed more than one attempt"] = retried,
            ["requests received"] = receipts.Count,
            ["events received"] = firstReceipts.Count,
            ["duplicates (same webhook-id received again)"] = duplicates,
            ["lost (in the outbox, never received)"] = lost.Count,
            ["out of order per subject"] = outOfOrder,
            ["invalid signatures"] = invalid,
            ["webhook-id different from the event id"] = idMismatch,
            ["repeats whose body differs, or positions under two ids"] = repeatsThatDiffer + positionsUnderTwoIds,
            ["received events not in the outbox"] = unknown,
            ["timestamp problems"] = problems,
            ["deliveries still pending"] = pending,
            ["deliveries failed"] = failed,
            ["seconds waited for the deliveries to drain"] = Math.Round(drained, 1),
            ["commit -> received p50 ms"] = Operation.Percentile(latencies, 0.50),
            ["commit -> received p95 ms"] = Operation.Percentile(latencies, 0.95),
            ["commit -> received p99 ms"] = Operation.Percentile(latencies, 0.99),
            ["commit -> received max ms"] = latencies.Length == 0 ? 0 : Math.Round(latencies[^1], 1),
            ["commit -> delivery queued (sequencer) p50 ms"] = Operation.Percentile(queued, 0.50),
            ["commit -> delivery queued (sequencer) p99 ms"] = Operation.Percentile(queued, 0.99),
            ["delivery queued -> received p50 ms"] = Operation.Percentile(sent, 0.50),
            ["delivery queued -> received p99 ms"] = Operation.Percentile(sent, 0.99),
        };

        Add(lost.Count > 0, $"{lost.Count} events never received (first: {string.Join(", ", lost.Take(5).Select(e => $"{e.Id} {e.Type} #{e.Position}"))})");
        Add(pending > 0, $"{pending} deliveries still pending after {settle.TotalSeconds:F0} s");
        Add(failed > 0, $"{failed} deliveries failed");
        Add(outOfOrder > 0, $"{outOfOrder} events received before an earlier event of the same subject");
        Add(invalid > 0, $"{invalid} requests with a signature that does not verify");
        Add(idMismatch > 0, $"{idMismatch} requests whose webhook-id is not the event's id");
        Add(repeatsThatDiffer + positionsUnderTwoIds > 0, "a repeat that is not the same event under the same webhook-id");
        Add(unknown > 0, $"{unknown} received events that are not in the outbox");
        Add(problems > 0, $"{problems} requests with a webhook-timestamp more than 5 minutes away");
        Add(events.Count == 0, "the outbox holds no event for the subscription: the drill made no load");
        Add(status != "Active", $"the subscription is {status}");

        var report = new Report(options.Text("out") ?? "benchmarks/results");
        report.Add(new ScenarioResult(name, "receiver " + Path.GetFileName(record), startedAt, new()
        {
            ["fault"] = options.Text("fault") ?? "none", ["subscription"] = subscriptionId.ToString(),
            ["verdict"] = violations.Count == 0 ? "PASS" : "FAIL: " + string.Join("; ", violations),
        }, [], facts, []));
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("Webhook drill failed: " + string.Join("; ", violations));
        }

        void Add(bool violated, string what)
        {
            if (violated)
            {
                violations.Add(what);
            }
        }
    }

    private static async Task<List<OutboxEvent>> EventsAsync(MySqlConnection connection, long afterPosition)
    {
        await using var command = new MySqlCommand(
            """
            SELECT EventId, Type, Position, Subject, OccurredAt FROM IntegrationEvents
            WHERE Position > @after AND SubscriptionId IS NULL ORDER BY Position
            """, connection) { CommandTimeout = 300 };
        command.Parameters.AddWithValue("@after", afterPosition);
        var events = new List<OutboxEvent>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(new OutboxEvent(reader.GetString(0), reader.GetString(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc)));
        }

        return events;
    }

    private static async Task<Dictionary<string, DateTime>> QueuedAtAsync(MySqlConnection connection, Guid subscriptionId)
    {
        await using var command = Command(connection, "SELECT EventId, CreatedAt FROM WebhookDeliveries WHERE SubscriptionId = @s", subscriptionId);
        var queued = new Dictionary<string, DateTime>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            queued[reader.GetString(0)] = DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc);
        }

        return queued;
    }

    private static async Task<HashSet<string>> EventIdsAsync(MySqlConnection connection)
    {
        await using var command = new MySqlCommand("SELECT EventId FROM IntegrationEvents", connection) { CommandTimeout = 300 };
        var ids = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<long> ScalarAsync(MySqlConnection connection, string sql, Guid? subscriptionId = null)
    {
        await using var command = Command(connection, sql, subscriptionId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?> TextAsync(MySqlConnection connection, string sql, Guid subscriptionId)
    {
        await using var command = Command(connection, sql, subscriptionId);
        return await command.ExecuteScalarAsync() as string;
    }

    private static MySqlCommand Command(MySqlConnection connection, string sql, Guid? subscriptionId)
    {
        var command = new MySqlCommand(sql, connection) { CommandTimeout = 300 };
        if (subscriptionId is { } id)
        {
            command.Parameters.AddWithValue("@s", id.ToString());
        }

        return command;
    }
}
