using System.Diagnostics;
using System.Text.Json;

namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>
/// An integrator catching up on the change feed: <c>GET /api/events?after=&amp;limit=500</c> from position 0,
/// following <c>next</c> until a page comes back empty, as the manager. Events read per second, the time per page,
/// and whether the positions only ever went up.
/// </summary>
public static class FeedReadScenario
{
    private sealed record FeedEvent(string Id, string Type, long Position, DateTime OccurredAt, JsonElement Data);

    private sealed record FeedPage(IReadOnlyList<FeedEvent> Items, long Next);

    public static async Task RunAsync(ScenarioContext context)
    {
        var limit = context.Options.Int("limit", 500);
        var startedAt = DateTime.UtcNow;
        var setup = await context.SetUpAsync();
        var api = context.Apis[0];
        var page = new Operation($"GET /api/events?limit={limit}");
        await using var memory = new MemoryWatch(context.WatchedPids);
        long after = 0, read = 0, backwards = 0, previous = 0;
        var clock = Stopwatch.StartNew();
        page.StartClock();
        await using (new Progress("feed", [page], () => $"events read {Interlocked.Read(ref read):N0}, after {Interlocked.Read(ref after)}"))
        {
            while (true)
            {
                var outcome = await api.GetAsync<FeedPage>($"/api/events?after={after}&limit={limit}", setup.ManagerToken);
                page.Record(outcome);
                if (!outcome.Ok || outcome.Body is null)
                {
                    throw new InvalidOperationException($"GET /api/events?after={after} answered {outcome.Status}.");
                }

                if (outcome.Body.Items.Count == 0)
                {
                    break;
                }

                foreach (var item in outcome.Body.Items)
                {
                    if (item.Position <= previous)
                    {
                        backwards++;
                    }

                    previous = item.Position;
                }

                Interlocked.Add(ref read, outcome.Body.Items.Count);
                Interlocked.Exchange(ref after, outcome.Body.Next);
            }
        }

        clock.Stop();
        page.StopClock();
        var facts = new Dictionary<string, double>
        {
            ["events read"] = read,
            ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1),
            ["events read per second"] = Math.Round(read / clock.Elapsed.TotalSeconds),
            ["positions not above the one before"] = backwards,
        };
        context.Add("feed read", startedAt, new() { ["limit"] = limit.ToString(), ["from"] = "position 0 to the end" }, [page], facts, memory);
        if (backwards > 0)
        {
            throw new InvalidOperationException($"The feed went backwards {backwards} times.");
        }
    }
}
