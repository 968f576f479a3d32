using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>
/// Sends due deliveries from this process: leases a batch, makes the attempts side by side (each in a scope of its
/// own), and goes on while deliveries are due. Run by <see cref="WebhookDeliveryJob"/>, never inside a request.
/// </summary>
public sealed class WebhookDeliveryRun(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, ILogger<WebhookDeliveryRun> logger)
{
    /// <summary>Beyond the attempt's own timeout, so that the lease outlives any attempt of a live process.</summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    /// <summary>Who this process is, in the lease column.</summary>
    public string Owner { get; } = NewOwner();

    public TimeSpan Lease => TimeSpan.FromSeconds(options.Value.TimeoutSeconds) + LeaseMargin;

    /// <returns>The attempts made.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var attempts = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<Guid> leased;
            await using (var scope = scopes.CreateAsyncScope())
            {
                leased = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().LeaseDueAsync(Owner, Lease, cancellationToken);
            }

            if (leased.Count == 0)
            {
                return attempts;
            }

            await Parallel.ForEachAsync(leased,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelDeliveries, CancellationToken = cancellationToken },
                async (id, token) =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    try
                    {
                        await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(id, Owner, token);
                        Interlocked.Increment(ref attempts);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The lease expires and the attempt is made again; the others go on.
                        logger.LogError(ex, "Delivery {DeliveryId} could not be recorded; it is tried again when its lease expires", id);
                    }
                });
        }

        return attempts;
    }

    private static string NewOwner()
    {
        var machine = Environment.MachineName.Length > 40 ? Environment.MachineName[..40] : Environment.MachineName;
        return $"{machine}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    }
}
