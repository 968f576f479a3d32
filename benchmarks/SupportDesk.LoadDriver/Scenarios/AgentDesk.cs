namespace SupportDesk.LoadDriver.Scenarios;

/// <summary>
/// Agents at work, as the portal's desk would have them: each looks at its desk, resolves the ticket it holds, and
/// looks again a moment later when it has none. Tolerates failures (a process restarting, a database outage).
/// </summary>
public sealed class AgentDesk(IReadOnlyList<Api> apis, IReadOnlyList<AgentSeat> agents, TimeSpan idlePause)
{
    private int _resolved;

    public Operation Look { get; } = new("GET /api/agents/me");

    public Operation Resolve { get; } = new("POST /api/tickets/{id}/resolve");

    public int Resolved => Volatile.Read(ref _resolved);

    /// <summary>Works until <paramref name="done"/> says the day is over.</summary>
    public Task WorkAsync(Func<bool> done) => Task.WhenAll(agents.Select((agent, i) => Task.Run(async () =>
    {
        // Agents spread over the processes, as a load balancer would send them.
        var api = apis[i % apis.Count];
        while (!done())
        {
            var me = await api.GetAsync<MyAgentResponse>("/api/agents/me", agent.Token);
            Look.Record(me);
            if (me.Body?.Agent.CurrentTicketId is { } ticketId)
            {
                var resolved = await api.PostAsync<TicketResponse>($"/api/tickets/{ticketId}/resolve",
                    new ResolveTicketRequest("Refund", "Refunded in full."), agent.Token);
                Resolve.Record(resolved);
                if (resolved.Ok)
                {
                    Interlocked.Increment(ref _resolved);
                    continue;
                }
            }

            await Task.Delay(me.Ok ? idlePause : TimeSpan.FromMilliseconds(250));
        }
    })));
}
