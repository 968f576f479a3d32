using System.Collections.Concurrent;

namespace SupportDesk.WebApi.RateLimits;

/// <summary>Every client's window, by partition key; idle ones are dropped with their limiter.</summary>
public sealed class QuotaWindows(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, QuotaWindow> _windows = new(StringComparer.Ordinal);

    /// <summary>The window of this partition, made on its first request.</summary>
    public QuotaWindow For(string key, string policy, int permits) =>
        _windows.GetOrAdd(key, _ => new QuotaWindow(policy, permits, RateLimitingOptions.Window, clock));

    /// <summary>Drops the window when its limiter is disposed (idle).</summary>
    public void Forget(string key, QuotaWindow window) => _windows.TryRemove(new KeyValuePair<string, QuotaWindow>(key, window));
}
