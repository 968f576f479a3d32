using System.Collections.Concurrent;
using System.Diagnostics;

namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>
/// Customers open tickets while agents resolve them, through one or several WebApi processes on one database;
/// then the database is asked whether every acknowledged ticket is there and resolved, and whether an agent ever held
/// two tickets or a ticket went to two agents. Two uses:
/// <list type="bullet">
/// <item><c>two-instances</c>: <c>--api</c> names two processes; customers and agents alternate between them.</item>
/// <item><c>drill</c>: one process, full speed for <c>--duration</c>, while a script stops the database or kills the
/// process: failures are counted, not fatal, and every 201 is written to <c>--ack-file</c>. <c>--pause-ms</c> makes
/// each customer wait between two tickets (a moderate load, for the webhook drills).</item>
/// </list>
/// </summary>
public static class WorkingDayScenario
{
    public static async Task RunAsync(ScenarioContext context, bool drill)
    {
        var database = context.RequireDatabase();
        var agentsCount = context.Options.Int("agents", 10);
        var workers = context.Options.Int("concurrency", drill ? 16 : 8);
        var tickets = context.Options.Int("tickets", 2000);
        var duration = context.Options.Seconds("duration", 40);
        var settle = context.Options.Seconds("settle", 120);
        var pause = TimeSpan.FromMilliseconds(context.Options.Int("pause-ms", 0));
        var startedAt = DateTime.UtcNow;
        var setup = await context.SetUpAsync();
        var customers = await setup.CustomersAsync(workers);
        var agents = await setup.AgentsAsync(agentsCount, available: true);
        var since = DateTime.UtcNow;
        var apis = context.Apis;

        var open = new Operation("POST /api/tickets");
        var acknowledged = new ConcurrentQueue<Guid>();
        var perProcess = new int[apis.Count];
        var desk = new AgentDesk(apis, agents, TimeSpan.FromMilliseconds(20));
        var finished = false;
        var agentsWork = desk.WorkAsync(() => Volatile.Read(ref finished));
        await using var memory = new MemoryWatch(context.WatchedPids);
        var clock = Stopwatch.StartNew();
        // When opens failed, for the drills: the outage as the customers saw it, and that it ended.
        var failedAt = new ConcurrentQueue<double>();
        var succeededAt = new ConcurrentQueue<double>();
        if (context.Options.Text("started-file") is { } startedFile)
        {
            await File.WriteAllTextAsync(startedFile, DateTime.UtcNow.ToString("O"));
        }

        Console.WriteLine(drill
            ? $"drill: {workers} customers open tickets for {duration.TotalSeconds:F0} s; {agentsCount} agents resolve"
            : $"two-instances: {tickets} tickets over {apis.Count} processes; {agentsCount} agents resolve");
        await using (new Progress(drill ? "drill" : "two-instances", [open, desk.Look, desk.Resolve], () => $"acknowledged {acknowledged.Count}, resolved {desk.Resolved}"))
        {
            using var stop = new CancellationTokenSource(drill ? duration : TimeSpan.FromMinutes(30));
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
            {
                var seat = customers[worker];
                for (var n = Interlocked.Increment(ref next); !stop.IsCancellationRequested && (drill || n < tickets); n = Interlocked.Increment(ref next))
                {
                    var process = n % apis.Count;
                    var outcome = await apis[process].PostAsync<TicketResponse>("/api/tickets",
                        new OpenTicketRequest(seat.Order.Id, seat.Order.Lines[n % 3].Id, 1, "NotAsDescribed", "Smaller than the photos."), seat.Token);
                    open.Record(outcome);
                    (outcome.Ok ? succeededAt : failedAt).Enqueue(clock.Elapsed.TotalSeconds);
                    if (outcome.Status == 201 && outcome.Body is { } ticket)
                    {
                        acknowledged.Enqueue(ticket.Id);
                        Interlocked.Increment(ref perProcess[process]);
                        if (pause > TimeSpan.Zero)
                        {
                            await Task.Delay(pause);
                        }
                    }
                    else if (!outcome.Ok)
                    {
                        // The process or its database is away: a customer would wait a little and try again.
                        await Task.Delay(100);
                    }
                }
            })));
            open.StopClock();
            if (context.Options.Text("ack-file") is { } ackFile)
            {
                await File.WriteAllLinesAsync(ackFile, acknowledged.Select(id => id.ToString()));
            }

            // Every acknowledged ticket must now be assigned and resolved: the database says when, within reason.
            var pending = acknowledged.ToArray();
            for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < settle && await database.CountNotResolvedAsync(pending) > 0;)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            clock.Stop();
            Volatile.Write(ref finished, true);
            await agentsWork;
        }

        var ids = acknowledged.ToArray();
        var stored = await database.CountStoredAsync(ids);
        var facts = new Dictionary<string, double>
        {
            ["tickets acknowledged (201)"] = ids.Length,
            ["acknowledged tickets in the database"] = stored,
            ["acknowledged tickets lost"] = ids.Length - stored,
            ["acknowledged tickets never assigned"] = await database.CountNeverAssignedAsync(ids),
            ["acknowledged tickets not resolved"] = await database.CountNotResolvedAsync(ids),
            ["agents holding two tickets at once (overlapping holds)"] = await database.CountOverlappingHoldsAsync(since),
            ["tickets assigned twice"] = await database.CountDoubleAssignmentsAsync(since),
            ["seconds from first ticket to last resolved"] = Math.Round(clock.Elapsed.TotalSeconds, 1),
        };
        if (!failedAt.IsEmpty)
        {
            var lastFailure = failedAt.Max();
            facts["first failed open at second"] = Math.Round(failedAt.Min(), 1);
            facts["last failed open at second"] = Math.Round(lastFailure, 1);
            facts["tickets acknowledged after the last failure"] = succeededAt.Count(at => at > lastFailure);
        }

        for (var i = 0; i < apis.Count && apis.Count > 1; i++)
        {
            facts[$"tickets acknowledged by process {i + 1}"] = perProcess[i];
        }

        await setup.RetireAsync(agents);
        context.Add(drill ? "fault drill" : "two WebApi processes", startedAt, new()
        {
            ["customers"] = workers.ToString(), ["agents"] = agentsCount.ToString(),
            [drill ? "seconds of load" : "tickets"] = drill ? duration.TotalSeconds.ToString() : tickets.ToString(),
            ["fault"] = context.Options.Text("fault") ?? "none", ["pause between a customer's tickets ms"] = pause.TotalMilliseconds.ToString(),
        }, [open, desk.Look, desk.Resolve], facts, memory);
    }
}
