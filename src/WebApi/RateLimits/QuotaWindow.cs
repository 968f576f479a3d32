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

    /// <summary>The policy named in the headers: the role, or <c>anonymous</c>.</summary>
    public string Policy { get; } = policy;

    /// <summary>Requests allowed per window.</summary>
    public int Permits { get; } = permits;

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; } = window;

    /// <summary>Counts one request; false, with the time until the window ends, when none is left.</summary>
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

    /// <summary>A whole window has passed since this one ended: nobody is using it.</summary>
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
