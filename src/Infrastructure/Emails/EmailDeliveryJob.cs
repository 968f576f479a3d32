using Microsoft.Extensions.Logging;
using Quartz;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>Runs <see cref="EmailDeliveryRun"/> in this process, one run at a time; runs in other processes are kept
/// apart by the emails' leases.</summary>
[DisallowConcurrentExecution]
public sealed class EmailDeliveryJob(EmailDeliveryRun run, EmailDeliveryRequests requests, ILogger<EmailDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("send-emails", "events");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        requests.RunStarting();
        try
        {
            await run.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: leased emails not begun are sent by the next process once their leases expire.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Email run failed; pending emails wait for the next run");
        }
    }
}
