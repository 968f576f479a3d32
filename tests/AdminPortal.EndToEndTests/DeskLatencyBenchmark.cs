using System.Diagnostics;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// Not a test: the figures of docs/benchmarks.md for the live desk, run by <c>benchmarks/run.sh desk-push</c>
/// (<c>--filter TestCategory=Benchmark</c>). Agents' desks are open in Chromium; tickets are opened one after another
/// and each is assigned to a free agent; every desk records, in the browser, when the new ticket's number appeared.
/// Latency = that moment minus the ticket's <c>assignedAt</c> (browser and server share this machine's clock). Then one
/// desk is left idle for a minute and its requests are counted. Figures are printed, never asserted.
/// </summary>
[Explicit("a benchmark: run it on purpose, on an idle machine")]
[Category("Benchmark")]
public sealed class DeskLatencyBenchmark : PortalTest
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    [Test]
    public async Task Assignment_shows_on_the_desk()
    {
        var agents = Setting("BENCH_DESKS", 10);
        var tickets = Setting("BENCH_DESK_TICKETS", 200);
        var idleSeconds = Setting("BENCH_IDLE_SECONDS", 60);
        var desks = new List<(string Email, Guid AgentId, IPage Page)>();
        for (var i = 0; i < agents; i++)
        {
            var email = Seeder.UniqueEmail($"bench{i}");
            var agent = await Seed.CreateAwayAgentAsync($"Bench Agent {i}", email);
            var page = i == 0 ? Page : await NewPageAsync();
            await SignInAsync(page, email, Seeder.Password);
            await Expect(page.GetByTestId("no-ticket")).ToBeVisibleAsync();
            // Record, in the page's own clock, when each ticket number first shows.
            await page.EvaluateAsync("""
                () => {
                  window.shown = {};
                  const note = () => document.querySelectorAll('[data-testid=ticket-number]').forEach(n => {
                    const number = n.textContent.trim();
                    if (!(number in window.shown)) { window.shown[number] = performance.timeOrigin + performance.now(); }
                  });
                  new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
                }
                """);
            desks.Add((email, agent.Id, page));
        }

        var customer = await Seed.RegisterCustomerAsync("Bench Customer");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("BENCH-1", "Bench item", tickets, 1.00m));
        foreach (var desk in desks)
        {
            await Seed.SetAvailabilityAsync(desk.AgentId, available: true);
        }

        var latencies = new List<double>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < tickets; i++)
        {
            var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.NoLongerNeeded, $"Bench ticket {i}");
            var (assignedAt, agentId) = await Seed.AssignmentOfAsync(ticket.Id, TimeSpan.FromSeconds(30));
            var desk = desks.Single(d => d.AgentId == agentId);
            var shownAt = await desk.Page.WaitForFunctionAsync($"() => window.shown['{ticket.Number}']", null,
                new() { Timeout = 30_000, PollingInterval = 20 });
            var shown = DateTime.UnixEpoch.AddMilliseconds(await shownAt.JsonValueAsync<double>());
            latencies.Add((shown - assignedAt).TotalMilliseconds);
            await Seed.ResolveAsAgentAsync(desk.Email, ticket.Id);
        }

        var elapsed = watch.Elapsed;
        foreach (var desk in desks)
        {
            await Seed.SetAvailabilityAsync(desk.AgentId, available: false);
        }

        // One desk, idle for a minute: count what it asks.
        var idle = desks[0].Page;
        await idle.ReloadAsync();
        await Expect(idle.GetByTestId("no-ticket")).ToBeVisibleAsync();
        await Task.Delay(2000);
        var requests = new List<string>();
        idle.Request += (_, request) => requests.Add(request.Url);
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds));

        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        TestContext.Out.WriteLine($"desk-push: {agents} desks, {tickets} tickets in {elapsed.TotalSeconds:F1} s");
        TestContext.Out.WriteLine(
            $"assignedAt -> number shown on the desk (ms): p50 {Percentile(0.50):F1}, p95 {Percentile(0.95):F1}, p99 {Percentile(0.99):F1}, max {latencies[^1]:F1}, min {latencies[0]:F1}");
        TestContext.Out.WriteLine($"idle desk over {idleSeconds} s: {requests.Count} requests{(requests.Count > 0 ? ": " + string.Join(", ", requests) : string.Empty)}");
    }
}
