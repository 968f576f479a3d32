using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace SupportDesk.WebApi.RateLimits;

/// <summary>
/// One client's budget: a fixed window of <see cref="Permits"/> requests. Kept apart from the limiter so that the
/// response headers can say what is left and when the window ends.
/// </summary>
public sealed class QuotaWindow(string policy, int permits, TimeSpan window, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _start = clock.GetUtcNow();
    private int _used;

    public string Policy { get; } = policy;

    public int Permits { get; } = permits;

    public TimeSpan Window { get; } = window;

    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var now = Roll();
            if (_used < Permits)
            {
                _used++;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = _start + Window - now;
            return false;
        }
    }

    /// <summary>What is left of this window and the whole seconds until it ends (at least 1).</summary>
    public (int Remaining, int ResetSeconds) Snapshot()
    {
        lock (_lock)
        {
            var now = Roll();
            return (Math.Max(0, Permits - _used), Math.Max(1, (int)Math.Ceiling((_start + Window - now).TotalSeconds)));
        }
    }

    public bool IsIdle
    {
        get
        {
            lock (_lock)
            {
                return clock.GetUtcNow() >= _start + Window + Window;
            }
        }
    }

    private DateTimeOffset Roll()
    {
        var now = clock.GetUtcNow();
        if (now >= _start + Window)
        {
            _start = now;
            _used = 0;
        }

        return now;
    }
}

/// <summary>Every client's window, by partition key; idle ones are dropped with their limiter.</summary>
public sealed class QuotaWindows(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, QuotaWindow> _windows = new(StringComparer.Ordinal);

    public QuotaWindow For(string key, string policy, int permits) =>
        _windows.GetOrAdd(key, _ => new QuotaWindow(policy, permits, RateLimitingOptions.Window, clock));

    public void Forget(string key, QuotaWindow window) => _windows.TryRemove(new KeyValuePair<string, QuotaWindow>(key, window));
}

/// <summary>The ASP.NET Core rate limiter's view of one <see cref="QuotaWindow"/>.</summary>
public sealed class QuotaLimiter(string key, QuotaWindow window, QuotaWindows windows) : RateLimiter
{
    private long _successful;
    private long _failed;

    public override TimeSpan? IdleDuration => window.IsIdle ? RateLimitingOptions.Window : null;

    public override RateLimiterStatistics? GetStatistics() => new()
    {
        CurrentAvailablePermits = window.Snapshot().Remaining,
        TotalSuccessfulLeases = Interlocked.Read(ref _successful),
        TotalFailedLeases = Interlocked.Read(ref _failed),
    };

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        if (window.TryTake(out var retryAfter))
        {
            Interlocked.Increment(ref _successful);
            return Lease.Granted;
        }

        Interlocked.Increment(ref _failed);
        return new Lease(false, retryAfter);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    protected override void Dispose(bool disposing)
    {
        windows.Forget(key, window);
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired, TimeSpan retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, TimeSpan.Zero);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => acquired ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = !acquired && metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
