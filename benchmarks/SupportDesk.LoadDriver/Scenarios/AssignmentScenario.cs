using System.Collections.Concurrent;
using System.Diagnostics;

namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>
/// With free agents, how long a new ticket waits for one: from the ticket's own timestamps (created → assigned), and
/// as the customer sees it, polling the ticket from the moment the 201 arrives until it is in progress.
/// <list type="bullet">
/// <item>Moderate load (<c>--rate</c> tickets per second): each ticket is resolved by its agent as soon as its
/// customer sees it assigned, which frees the agent for the next; no agent waits on a queue.</item>
/// <item>Burst (<c>--rate 0</c>): <c>--concurrency</c> customers open the tickets as fast as they can while the agents
/// work at their desks (look, resolve, look again), so tickets queue and the wait includes the queue.</item>
/// </list>
/// </summary>
public static class AssignmentScenario
{
    public static async Task RunAsync(ScenarioContext context)
    {
        var agentsCount = context.Options.Int("agents", 20);
        var tickets = context.Options.Int("tickets", 1000);
        var rate = context.Options.Number("rate", 20);
        var workers = context.Options.Int("concurrency", 16);
        var startedAt = DateTime.UtcNow;
        var setup = await context.SetUpAsync();
        var customers = await setup.CustomersAsync(Math.Max(8, rate == 0 ? workers : 8));
        var agents = (await setup.AgentsAsync(agentsCount, available: true)).ToDictionary(a => a.Id);
        Console.WriteLine($"assignment: {agents.Count} free agents, {tickets} tickets at {(rate == 0 ? "full speed" : $"{rate}/s")}");

        var open = new Operation("POST /api/tickets");
        var poll = new Operation("GET /api/tickets/{id} (customer polling)");
        var resolve = new Operation("POST /api/tickets/{id}/resolve");
        var serverWait = new ConcurrentQueue<double>();
        var clientWait = new ConcurrentQueue<double>();
        var notAssigned = 0;
        var watchers = new ConcurrentBag<Task>();
        var desk = rate > 0 ? null : new AgentDesk(context.Apis, agents.Values.ToList(), TimeSpan.FromMilliseconds(50));
        var deskDone = false;
        var deskWork = desk?.WorkAsync(() => Volatile.Read(ref deskDone)) ?? Task.CompletedTask;

        async Task OpenAndFollowAsync(int n)
        {
            var seat = customers[n % customers.Count];
            var line = seat.Order.Lines[n % seat.Order.Lines.Count];
            var opened = await setup.Api.PostAsync<TicketResponse>("/api/tickets",
                new OpenTicketRequest(seat.Order.Id, line.Id, 1, "Defective", "Stopped working after a week."), seat.Token);
            open.Record(opened);
            if (opened.Body is not { } ticket)
            {
                return;
            }

            watchers.Add(Task.Run(async () =>
            {
                var seen = Stopwatch.StartNew();
                var current = ticket;
                while (current.Status == "Open" && seen.Elapsed < TimeSpan.FromMinutes(2))
                {
                    // Fine-grained while an assignment is due at once; coarser for a ticket that waits in a queue,
                    // so that a burst's waiting customers do not flood the API with reads.
                    await Task.Delay(seen.Elapsed < TimeSpan.FromMilliseconds(250) ? 5 : seen.Elapsed < TimeSpan.FromSeconds(2) ? 25 : 1000);
                    var read = await setup.Api.GetAsync<TicketResponse>($"/api/tickets/{ticket.Id}", seat.Token);
                    poll.Record(read);
                    current = read.Body ?? current;
                }

                if (current is not { Status: "InProgress", AssignedAgentId: { } agentId, AssignedAt: { } assignedAt })
                {
                    Interlocked.Increment(ref notAssigned);
                    return;
                }

                clientWait.Enqueue(seen.Elapsed.TotalMilliseconds);
                serverWait.Enqueue((assignedAt - current.CreatedAt).TotalMilliseconds);
                if (desk is null)
                {
                    resolve.Record(await setup.Api.PostAsync<TicketResponse>($"/api/tickets/{ticket.Id}/resolve",
                        new ResolveTicketRequest("Replacement", "Sent a new one."), agents[agentId].Token));
                }
            }));
        }

        await using var memory = new MemoryWatch(context.WatchedPids);
        await using (new Progress("assignment", [open, poll, resolve], () => $"assigned {serverWait.Count}/{tickets}"))
        {
            var clock = Stopwatch.StartNew();
            if (rate > 0)
            {
                // An open loop: tickets arrive on schedule whatever the API's pace, as customers do.
                var arrivals = new List<Task>();
                for (var n = 0; n < tickets; n++)
                {
                    var due = TimeSpan.FromSeconds(n / rate) - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due);
                    }

                    arrivals.Add(OpenAndFollowAsync(n));
                }

                await Task.WhenAll(arrivals);
            }
            else
            {
                var next = -1;
                await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
                {
                    for (var n = Interlocked.Increment(ref next); n < tickets; n = Interlocked.Increment(ref next))
                    {
                        await OpenAndFollowAsync(n);
                    }
                })));
            }

            await Task.WhenAll(watchers);
            Volatile.Write(ref deskDone, true);
            await deskWork;
        }

        await setup.RetireAsync(agents.Values);
        var server = serverWait.ToArray();
        var client = clientWait.ToArray();
        Array.Sort(server);
        Array.Sort(client);
        context.Add(rate > 0 ? "assignment latency (moderate load)" : "assignment latency (burst)", startedAt, new()
        {
            ["tickets"] = tickets.ToString(), ["free agents"] = agentsCount.ToString(),
            ["arrival"] = rate > 0 ? $"{rate} tickets/s" : $"{workers} customers at full speed",
        }, desk is null ? [open, poll, resolve] : [open, poll, desk.Look, desk.Resolve], new()
        {
            ["tickets assigned"] = server.Length,
            ["tickets not assigned within 2 minutes"] = notAssigned,
            ["created → assigned (ticket timestamps) p50 ms"] = Operation.Percentile(server, 0.50),
            ["created → assigned (ticket timestamps) p95 ms"] = Operation.Percentile(server, 0.95),
            ["created → assigned (ticket timestamps) p99 ms"] = Operation.Percentile(server, 0.99),
            ["created → assigned (ticket timestamps) max ms"] = server.Length == 0 ? 0 : Math.Round(server[^1], 1),
            ["201 → seen in progress (client polling) p50 ms"] = Operation.Percentile(client, 0.50),
            ["201 → seen in progress (client polling) p95 ms"] = Operation.Percentile(client, 0.95),
            ["201 → seen in progress (client polling) p99 ms"] = Operation.Percentile(client, 0.99),
            ["201 → seen in progress (client polling) max ms"] = client.Length == 0 ? 0 : Math.Round(client[^1], 1),
        }, memory);
    }
}
