namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>
/// The reads of a working day on a desk with a long history (a million tickets, seeded with <c>seed</c>): the
/// manager's newest tickets and a page deep in the resolved ones, an agent's active tickets, a customer's own,
/// a search by ticket number, and a ticket's detail. Then the raw baseline runs the same list and detail queries.
/// </summary>
public static class ReadScenario
{
    private sealed record Read(string Name, Func<int, string> Path, Func<Caller, string> Token);

    private sealed record Caller(string Manager, string Agent, (Guid Id, string Email, string Token) Customer);

    public static async Task RunAsync(ScenarioContext context)
    {
        var workers = context.Options.Int("concurrency", 8);
        var duration = context.Options.Seconds("duration", 30);
        var warmUp = context.Options.Seconds("warmup", 5);
        var startedAt = DateTime.UtcNow;
        var database = context.RequireDatabase();
        var setup = await context.SetUpAsync();
        var sample = await database.SampleTicketsAsync(5000);
        var customers = await setup.ExistingCustomersSignUpAsync(await database.SampleCustomersWithoutAccountAsync(20));
        var agent = (await setup.AgentsAsync(1, available: false))[0];
        Console.WriteLine($"read: {sample.Count} sampled tickets, {customers.Count} customers with history; {workers} readers");

        Read[] reads =
        [
            new("manager: newest tickets", _ => "/api/tickets?pageSize=20", c => c.Manager),
            new("agent: active tickets", _ => "/api/tickets?status=Open&status=InProgress&pageSize=20", c => c.Agent),
            new("customer: own tickets", _ => "/api/tickets?pageSize=20", c => c.Customer.Token),
            new("manager: resolved, page 50", _ => "/api/tickets?status=Resolved&page=50&pageSize=20", c => c.Manager),
            new("manager: breached, High", _ => "/api/tickets?breached=true&priority=High&pageSize=20", c => c.Manager),
            new("manager: breached, page 5", _ => "/api/tickets?breached=true&page=5&pageSize=20", c => c.Manager),
            new("manager: search by number", n => $"/api/tickets?q={sample[n % sample.Count].Number}", c => c.Manager),
            new("ticket detail", n => $"/api/tickets/{sample[n % sample.Count].Id}", c => c.Manager),
        ];
        var callers = customers.Select(c => new Caller(setup.ManagerToken, agent.Token, c)).ToArray();
        var operations = reads.Select(r => new Operation($"{r.Name}")).ToArray();
        await using var memory = new MemoryWatch(context.WatchedPids);
        await MixAsync(workers, warmUp, duration, operations, (worker, n, token) =>
        {
            var read = reads[n % reads.Length];
            return setup.Api.GetAsync<object>(read.Path(n / reads.Length), read.Token(callers[(worker + n) % callers.Length]), token);
        });

        var facts = new Dictionary<string, double>();
        var all = operations.ToList();
        if (context.Raw is { } raw)
        {
            // The same queries without our layers: the manager's list, the active list, a customer's list, a detail.
            (string Name, Func<int, (Guid Id, string Email, string Token), string> Path, string Compare)[] baseline =
            [
                ("baseline: newest tickets", (_, _) => "/raw/tickets?pageSize=20", "manager: newest tickets"),
                ("baseline: active tickets", (_, _) => "/raw/tickets?status=Open&status=InProgress&pageSize=20", "agent: active tickets"),
                ("baseline: customer's tickets", (_, c) => $"/raw/tickets?customerId={c.Id}&pageSize=20", "customer: own tickets"),
                ("baseline: ticket detail", (n, _) => $"/raw/tickets/{sample[n % sample.Count].Id}", "ticket detail"),
            ];
            var rawOperations = baseline.Select(b => new Operation(b.Name)).ToArray();
            await MixAsync(workers, warmUp, duration, rawOperations, (worker, n, token) =>
                raw.GetAsync<object>(baseline[n % baseline.Length].Path(n / baseline.Length, customers[(worker + n) % customers.Count]), null, token));
            all.AddRange(rawOperations);
            foreach (var (b, rawOperation) in baseline.Zip(rawOperations))
            {
                var ours = operations.Single(o => o.Name == b.Compare).Summarise();
                var theirs = rawOperation.Summarise();
                facts[$"{b.Compare}: p95 / baseline p95"] = Math.Round(ours.P95 / Math.Max(theirs.P95, 0.001), 2);
            }
        }

        await setup.RetireAsync([agent]);
        context.Add("read (1,000,000 tickets)", startedAt, new()
        {
            ["readers"] = workers.ToString(), ["measured seconds"] = duration.TotalSeconds.ToString(),
        }, all, facts, memory);
    }

    /// <summary>Each worker goes round the operations in turn; every operation is measured on its own.</summary>
    private static async Task MixAsync(int workers, TimeSpan warmUp, TimeSpan duration, Operation[] operations,
        Func<int, int, CancellationToken, Task<Outcome<object>>> call)
    {
        var counters = new int[workers];
        await ScenarioContext.RunForAsync(workers, warmUp, async (worker, _) => await call(worker, counters[worker]++, CancellationToken.None));
        foreach (var operation in operations)
        {
            operation.StartClock();
        }

        await using (new Progress("read", operations))
        {
            await ScenarioContext.RunForAsync(workers, duration, async (worker, _) =>
            {
                var n = counters[worker]++;
                operations[n % operations.Length].Record(await call(worker, n, CancellationToken.None));
            });
        }

        foreach (var operation in operations)
        {
            operation.StopClock();
        }
    }
}
