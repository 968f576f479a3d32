namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>
/// Customers open tickets as fast as the API accepts them (no agent is free, so the tickets queue), then the raw
/// baseline does the same insert on the same database: the ratio of the two throughputs is our layers' cost.
/// </summary>
public static class OpenTicketScenario
{
    public static async Task RunAsync(ScenarioContext context)
    {
        var workers = context.Options.Int("concurrency", 16);
        var duration = context.Options.Seconds("duration", 30);
        var warmUp = context.Options.Seconds("warmup", 5);
        var startedAt = DateTime.UtcNow;
        var setup = await context.SetUpAsync();
        var customers = await setup.CustomersAsync(workers);
        Console.WriteLine($"open-ticket: {workers} customers ready; {warmUp.TotalSeconds:F0} s warm-up, then {duration.TotalSeconds:F0} s measured");

        var api = new Operation("POST /api/tickets");
        await using var memory = new MemoryWatch(context.WatchedPids);
        var facts = new Dictionary<string, double>();
        await MeasureAsync(api, workers, warmUp, duration, facts, context.WatchedPids.FirstOrDefault(), (worker, n, token) =>
        {
            var seat = customers[worker];
            var line = seat.Order.Lines[n % seat.Order.Lines.Count];
            return setup.Api.PostAsync<TicketResponse>("/api/tickets",
                new OpenTicketRequest(seat.Order.Id, line.Id, 1, "Damaged", "Arrived with a cracked lid."), seat.Token, token);
        });

        var operations = new List<Operation> { api };
        facts["tickets opened through the API"] = api.OkCount;
        if (context.Raw is { } raw)
        {
            var baseline = new Operation("POST /raw/tickets (baseline)");
            await MeasureAsync(baseline, workers, warmUp, duration, facts, context.WatchedPids.Skip(1).FirstOrDefault(), (worker, n, token) =>
            {
                var seat = customers[worker];
                var line = seat.Order.Lines[n % seat.Order.Lines.Count];
                return raw.PostAsync<object>("/raw/tickets",
                    new RawOpenTicketRequest(seat.CustomerId, seat.Order.Id, line.Id, 1, "Damaged", "Arrived with a cracked lid."), null, token);
            });
            operations.Add(baseline);
            facts["API throughput / raw baseline throughput"] = Math.Round(api.Summarise().PerSecond / Math.Max(baseline.Summarise().PerSecond, 0.001), 3);
        }

        context.Add("open-ticket", startedAt, new()
        {
            ["workers"] = workers.ToString(), ["measured seconds"] = duration.TotalSeconds.ToString(), ["warm-up seconds"] = warmUp.TotalSeconds.ToString(),
        }, operations, facts, memory);
    }

    /// <summary>A warm-up (not recorded), then the measured phase; with the pid of the process serving it, the CPU
    /// that process spent per successful call of the measured phase.</summary>
    public static async Task MeasureAsync<T>(Operation operation, int workers, TimeSpan warmUp, TimeSpan duration,
        Dictionary<string, double> facts, int servingPid, Func<int, int, CancellationToken, Task<Outcome<T>>> call)
    {
        var counters = new int[workers];
        await ScenarioContext.RunForAsync(workers, warmUp, async (worker, _) => await call(worker, counters[worker]++, CancellationToken.None));
        await using (new Progress(operation.Name, [operation]))
        {
            var cpuBefore = servingPid == 0 ? null : MemoryWatch.CpuTicks(servingPid);
            operation.StartClock();
            await ScenarioContext.RunForAsync(workers, duration, async (worker, token) =>
            {
                var outcome = await call(worker, counters[worker]++, CancellationToken.None);
                operation.Record(outcome);
            });
            operation.StopClock();
            if (cpuBefore is { } before && MemoryWatch.CpuTicks(servingPid) is { } after && operation.OkCount > 0)
            {
                facts[$"{operation.Name}: CPU ms of the serving process per call"] = Math.Round((after - before) * 10.0 / operation.OkCount, 2);
            }
        }
    }
}
