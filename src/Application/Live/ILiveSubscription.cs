namespace SupportDesk.Application.Live;

/// <summary>One page's connection to the <see cref="ILiveFeed"/>; disposing it stops listening.</summary>
public interface ILiveSubscription : IDisposable
{
    /// <summary>Waits until the feed is read (the first listener starts it) and gives the position from which this
    /// subscription receives every event.</summary>
    Task<long> StartAsync(CancellationToken cancellationToken);

    /// <summary>The next event read, or null when <paramref name="wait"/> passed without one.</summary>
    Task<LiveEvent?> NextAsync(TimeSpan wait, CancellationToken cancellationToken);
}
