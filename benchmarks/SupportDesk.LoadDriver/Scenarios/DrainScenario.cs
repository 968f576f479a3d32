using System.Diagnostics;

namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>
/// A queue of waiting tickets (5,000 by default) and a shift of agents (50) who come back from a break at once and
/// resolve as fast as they can: tickets resolved per second, assignment included.
/// </summary>
public static class DrainScenario
{
    public static async Task RunAsync(ScenarioContext context)
    {
        var tickets = context.Options.Int("tickets", 5000);
        var agentsCount = context.Options.Int("agents", 50);
        var workers = context.Options.Int("concurrency", 16);
        var startedAt = DateTime.UtcNow;
        var setup = await context.SetUpAsync();
        var customers = await setup.CustomersAsync(workers);
        var agents = await setup.AgentsAsync(agentsCount, available: false);

        Console.WriteLine($"drain: filling the queue with {tickets} tickets (every agent away)");
        var fill = new Operation("POST /api/tickets (filling the queue)");
        var next = -1;
        await using (new Progress("drain fill", [fill]))
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
            {
                var seat = customers[worker];
                for (var n = Interlocked.Increment(ref next); n < tickets; n = Interlocked.Increment(ref next))
                {
                    fill.Record(await setup.Api.PostAsync<TicketResponse>("/api/tickets",
                        new OpenTicketRequest(seat.Order.Id, seat.Order.Lines[n % 3].Id, 1, "WrongItem", "Ordered blue, got red."), seat.Token));
                }
            })));
        }

        var queued = fill.OkCount;
        Console.WriteLine($"drain: {queued} tickets waiting; {agentsCount} agents come back");
        var desk = new AgentDesk(context.Apis, agents, TimeSpan.FromMilliseconds(5));
        await using var memory = new MemoryWatch(context.WatchedPids);
        var clock = Stopwatch.StartNew();
        desk.Resolve.StartClock();
        desk.Look.StartClock();
        await Task.WhenAll(agents.Select(a => setup.SetAvailabilityAsync(a.Id, true)));
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await using (new Progress("drain", [desk.Look, desk.Resolve], () => $"resolved {desk.Resolved}/{queued}"))
        {
            await desk.WorkAsync(() => desk.Resolved >= queued || limit.IsCancellationRequested);
        }

        clock.Stop();
        desk.Resolve.StopClock();
        desk.Look.StopClock();
        await setup.RetireAsync(agents);
        context.Add("drain", startedAt, new()
        {
            ["waiting tickets"] = queued.ToString(), ["agents"] = agentsCount.ToString(),
        }, [fill, desk.Look, desk.Resolve], new()
        {
            ["tickets resolved"] = desk.Resolved,
            ["seconds to drain"] = Math.Round(clock.Elapsed.TotalSeconds, 1),
            ["tickets resolved per second"] = Math.Round(desk.Resolved / clock.Elapsed.TotalSeconds, 1),
        }, memory);
    }
}
