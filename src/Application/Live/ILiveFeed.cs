namespace SupportDesk.Application.Live;

/// <summary>
/// The events committed by any process, as this process reads them from the feed, offered to the live pages it
/// serves. Reading starts when the first page connects and stops a while after the last one leaves.
/// </summary>
public interface ILiveFeed
{
    /// <summary>The last position read, or null while no page listens (then a new page catches up wholesale).</summary>
    long? Position { get; }

    /// <summary>Starts listening; the subscription receives every event read after <see cref="ILiveSubscription.StartAsync"/>.</summary>
    ILiveSubscription Subscribe();

    /// <summary>The events after <paramref name="after"/> up to <paramref name="upTo"/>, or null when there are more
    /// than <paramref name="max"/> (the page then refreshes everything instead).</summary>
    Task<IReadOnlyList<LiveEvent>?> ReadAsync(long after, long upTo, int max, CancellationToken cancellationToken);
}
