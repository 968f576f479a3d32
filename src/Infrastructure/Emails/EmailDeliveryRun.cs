using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>
/// Sends due emails from this process: finds transmissions a dead process left (uncertain), leases a batch, sends
/// it over one connection, and goes on while emails are due. Run by <see cref="EmailDeliveryJob"/>, never inside a
/// request.
/// </summary>
public sealed class EmailDeliveryRun(IServiceScopeFactory scopes, IOptions<EmailOptions> options, ILogger<EmailDeliveryRun> logger)
{
    /// <summary>Beyond the time one step may take, so a live sender's lease never expires under it.</summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    public string Owner { get; } = NewOwner();

    /// <summary>A batch's lease: long enough to connect and begin; each email's own lease is renewed as its turn
    /// comes (<see cref="TransmissionLease"/>). Should the tail of a slow batch outlive it, another process may lease
    /// those emails: this one then fails to record their transmission and stops, so each is still sent once. A
    /// short lease is what lets the emails a killed process had leased, not begun, go out soon after.</summary>
    public TimeSpan BatchLease => TimeSpan.FromSeconds(options.Value.TimeoutSeconds) * 2 + LeaseMargin;

    /// <summary>The lease of one email being handed over.</summary>
    public static TimeSpan TransmissionLease(EmailOptions options) => TimeSpan.FromSeconds(options.TimeoutSeconds) + LeaseMargin;

    /// <returns>The emails sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured)
        {
            return 0;
        }

        var sent = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var uncertain = await scope.ServiceProvider.GetRequiredService<EmailDispatcher>().RecoverAsync(cancellationToken);
            if (uncertain > 0)
            {
                logger.LogWarning("{Count} emails were being handed over by a sender that stopped: recorded as uncertain, not sent again", uncertain);
            }
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var leased = await scope.ServiceProvider.GetRequiredService<EmailDispatcher>()
                .LeaseDueAsync(Owner, BatchLease, options.Value.BatchSize, cancellationToken);
            if (leased.Count == 0)
            {
                return sent;
            }

            var batch = await scope.ServiceProvider.GetRequiredService<EmailSender>().SendAsync(leased, Owner, cancellationToken);
            sent += batch;
            if (batch == 0)
            {
                // Nothing went out (server away, or the lease lost): the rest waits for its retry time.
                return sent;
            }
        }

        return sent;
    }

    private static string NewOwner()
    {
        var machine = Environment.MachineName.Length > 40 ? Environment.MachineName[..40] : Environment.MachineName;
        return $"{machine}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    }
}
