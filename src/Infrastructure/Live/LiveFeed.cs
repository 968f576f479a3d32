using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportDesk.Application.Live;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Live;

/// <summary>
/// Reads the feed for this process's live pages: one query every <see cref="LiveOptions.PollMilliseconds"/> while a
/// page listens, whichever process committed the change, then hands each event to every subscription. Nothing is
/// read while no page listens; the first listener starts from the feed's last position.
/// </summary>
public sealed class LiveFeed(IServiceScopeFactory scopes, IOptions<LiveOptions> options, TimeProvider clock, ILogger<LiveFeed> logger)
    : BackgroundService, ILiveFeed
{
    private const int BatchSize = 500;
    private const int QueueLimit = 10_000;

    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly object _gate = new();
    private TaskCompletionSource<long> _started = NewStart();
    private long _position = -1;

    public long? Position => Volatile.Read(ref _position) is var position and >= 0 ? position : null;

    public ILiveSubscription Subscribe()
    {
        // Under the gate, so a subscription starts between two batches: it receives every event after its start.
        lock (_gate)
        {
            var position = Volatile.Read(ref _position);
            var subscription = new Subscription(this, position >= 0 ? Task.FromResult(position) : _started.Task);
            _subscriptions[subscription] = 0;
            _wake.Release();
            return subscription;
        }
    }

    public async Task<IReadOnlyList<LiveEvent>?> ReadAsync(long after, long upTo, int max, CancellationToken cancellationToken)
    {
        var rows = await ReadRowsAsync(after, upTo, max + 1, cancellationToken);
        return rows.Count > max ? null : rows;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WaitForListenersAsync(stoppingToken);
                await FollowAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // The database is away for a moment: pages keep their connection and hear of what they missed after.
                logger.LogWarning(exception, "Reading the feed for live pages failed; trying again in a second");
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task WaitForListenersAsync(CancellationToken stoppingToken)
    {
        while (_subscriptions.IsEmpty)
        {
            await _wake.WaitAsync(stoppingToken);
        }

        if (Position is null)
        {
            var start = await LastPositionAsync(stoppingToken);
            lock (_gate)
            {
                Volatile.Write(ref _position, start);
                _started.TrySetResult(start);
            }
        }
    }

    private async Task FollowAsync(LiveOptions settings, CancellationToken stoppingToken)
    {
        var idleSince = (DateTimeOffset?)null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var position = Volatile.Read(ref _position);
            var batch = await ReadRowsAsync(position, long.MaxValue, BatchSize, stoppingToken);
            if (batch.Count > 0)
            {
                lock (_gate)
                {
                    foreach (var change in batch)
                    {
                        foreach (var subscription in _subscriptions.Keys)
                        {
                            subscription.Offer(change);
                        }
                    }

                    Volatile.Write(ref _position, batch[^1].Position);
                }
            }

            if (_subscriptions.IsEmpty)
            {
                idleSince ??= clock.GetUtcNow();
                if (clock.GetUtcNow() - idleSince >= TimeSpan.FromSeconds(settings.IdleSeconds))
                {
                    Stop();
                    return;
                }
            }
            else
            {
                idleSince = null;
            }

            if (batch.Count < BatchSize)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(settings.PollMilliseconds), clock, stoppingToken);
            }
        }
    }

    /// <summary>No page listens any more: forget the position, so the next listener starts from the feed's end.</summary>
    private void Stop()
    {
        lock (_gate)
        {
            if (!_subscriptions.IsEmpty)
            {
                return;
            }

            Volatile.Write(ref _position, -1);
            _started = NewStart();
        }
    }

    private async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.IntegrationEvents.MaxAsync(e => e.Position, cancellationToken) ?? 0;
    }

    private async Task<List<LiveEvent>> ReadRowsAsync(long after, long upTo, int limit, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var rows = await db.IntegrationEvents.AsNoTracking()
            .Where(e => e.Position > after && e.Position <= upTo)
            .OrderBy(e => e.Position)
            .Take(limit)
            .Select(e => new { Position = e.Position!.Value, e.Type, e.Subject, e.Data })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => LiveEvent.From(r.Position, r.Type, r.Subject, r.Data));
    }

    private static TaskCompletionSource<long> NewStart() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Subscription(LiveFeed feed, Task<long> start) : ILiveSubscription
    {
        // A page far behind loses its oldest events; it is then told to refresh everything (see Overflowed).
        private readonly Channel<LiveEvent> _events = Channel.CreateBounded<LiveEvent>(
            new BoundedChannelOptions(QueueLimit) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

        public async Task<long> StartAsync(CancellationToken cancellationToken) =>
            await start.WaitAsync(cancellationToken);

        public async Task<LiveEvent?> NextAsync(TimeSpan wait, CancellationToken cancellationToken)
        {
            if (_events.Reader.TryRead(out var ready))
            {
                return ready;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(wait);
            try
            {
                return await _events.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        public void Offer(LiveEvent change) => _events.Writer.TryWrite(change);

        public void Dispose()
        {
            feed._subscriptions.TryRemove(this, out _);
            _events.Writer.TryComplete();
        }
    }
}
