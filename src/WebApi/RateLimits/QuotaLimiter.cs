using System.Threading.RateLimiting;

namespace SupportDesk.WebApi.RateLimits;

/// <summary>The ASP.NET Core rate limiter's view of one <see cref="QuotaWindow"/>.</summary>
public sealed class QuotaLimiter(string key, QuotaWindow window, QuotaWindows windows) : RateLimiter
{
    private long _successful;
    private long _failed;

    /// <inheritdoc/>
    public override TimeSpan? IdleDuration => window.IsIdle ? RateLimitingOptions.Window : null;

    /// <inheritdoc/>
    public override RateLimiterStatistics? GetStatistics() => new()
    {
        CurrentAvailablePermits = window.Snapshot().Remaining,
        TotalSuccessfulLeases = Interlocked.Read(ref _successful),
        TotalFailedLeases = Interlocked.Read(ref _failed),
    };

    /// <inheritdoc/>
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

    /// <inheritdoc/>
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <inheritdoc/>
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
