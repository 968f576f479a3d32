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
        var opened = new ConcurrentQueue<Guid>();
        var desk = rate > 0 ? null : new AgentDesk(context.Apis, agents.Values.ToList(), TimeSpan.FromMilliseconds(50));
        var deskDone = false;
        var deskWork = desk?.WorkAsync(() => Volatile.Read(ref deskDone)) ?? Task.CompletedTask;

        async Task OpenAndFollowAsync(int n)
        {
            var seat = customers[n % customers.Count];
            var line = seat.Order.Lines[n % seat.Order.Lines.Count];
            var response = await setup.Api.PostAsync<TicketResponse>("/api/tickets",
                new OpenTicketRequest(seat.Order.Id, line.Id, 1, "Defective", "Stopped working after a week."), seat.Token);
            open.Record(response);
            if (response.Body is not { } ticket)
            {
                return;
            }

            watchers.Add(Task.Run(async () =>
            {
                var seen = Stopwatch.StartNew();
                var current = ticket;
                // In a burst most customers wait in the queue: they look for two seconds, then stop (a thousand of them
                // looking every second would be the load measured); their tickets' timestamps are read at the end.
                var patience = desk is null ? TimeSpan.FromMinutes(2) : TimeSpan.FromSeconds(2);
                while (current.Status == "Open" && seen.Elapsed < patience)
                {
                    await Task.Delay(seen.Elapsed < TimeSpan.FromMilliseconds(250) ? 5 : 25);
                    var read = await setup.Api.GetAsync<TicketResponse>($"/api/tickets/{ticket.Id}", seat.Token);
                    poll.Record(read);
                    current = read.Body ?? current;
                }

                if (current.Status != "Open")
                {
                    clientWait.Enqueue(seen.Elapsed.TotalMilliseconds);
                }

                if (desk is not null)
                {
                    opened.Enqueue(ticket.Id);
                    return;
                }

                if (current is not { Status: "InProgress", AssignedAgentId: { } agentId, AssignedAt: { } assignedAt })
                {
                    Interlocked.Increment(ref notAssigned);
                    return;
                }

                serverWait.Enqueue((assignedAt - current.CreatedAt).TotalMilliseconds);
                resolve.Record(await setup.Api.PostAsync<TicketResponse>($"/api/tickets/{ticket.Id}/resolve",
                    new ResolveTicketRequest("Replacement", "Sent a new one."), agents[agentId].Token));
            }));
        }

        await using var memory = new MemoryWatch(context.WatchedPids);
        await using (new Progress("assignment", desk is null ? [open, poll, resolve] : [open, poll, desk.Look, desk.Resolve],
                   () => $"assigned {(desk is null ? serverWait.Count : desk.Resolved)}/{tickets}"))
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
            if (desk is not null)
            {
                // The queue drains at the agents' pace; then each ticket's own timestamps say how long it waited.
                for (var limit = Stopwatch.StartNew(); desk.Resolved < opened.Count && limit.Elapsed < TimeSpan.FromMinutes(10);)
                {
                    await Task.Delay(250);
                }

                Volatile.Write(ref deskDone, true);
                await deskWork;
                await Parallel.ForEachAsync(opened, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, _) =>
                {
                    var read = await setup.Api.GetAsync<TicketResponse>($"/api/tickets/{id}", setup.ManagerToken);
                    if (read.Body is { AssignedAt: { } assignedAt } ticket)
                    {
                        serverWait.Enqueue((assignedAt - ticket.CreatedAt).TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref notAssigned);
                    }
                });
            }
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
            ["tickets not assigned"] = notAssigned,
            ["created → assigned (ticket timestamps) p50 ms"] = Operation.Percentile(server, 0.50),
            ["created → assigned (ticket timestamps) p95 ms"] = Operation.Percentile(server, 0.95),
            ["created → assigned (ticket timestamps) p99 ms"] = Operation.Percentile(server, 0.99),
            ["created → assigned (ticket timestamps) max ms"] = server.Length == 0 ? 0 : Math.Round(server[^1], 1),
            ["tickets seen assigned by their polling customer"] = client.Length,
            ["201 → seen in progress (client polling) p50 ms"] = Operation.Percentile(client, 0.50),
            ["201 → seen in progress (client polling) p95 ms"] = Operation.Percentile(client, 0.95),
            ["201 → seen in progress (client polling) p99 ms"] = Operation.Percentile(client, 0.99),
            ["201 → seen in progress (client polling) max ms"] = client.Length == 0 ? 0 : Math.Round(client[^1], 1),
        }, memory);
    }
}
