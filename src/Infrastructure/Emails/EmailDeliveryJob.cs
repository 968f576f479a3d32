using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Scheduling;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>Runs <see cref="EmailDeliveryRun"/> in this process, one run at a time; runs in other processes are kept
/// apart by the emails' leases.</summary>
[DisallowConcurrentExecution]
public sealed class EmailDeliveryJob(EmailDeliveryRun run, EmailDeliveryRequests requests, ILogger<EmailDeliveryJob> logger)
    : RequestedRunJob(requests, logger)
{
    public static readonly JobKey Key = new("send-emails", "events");

    protected override string Waiting => "pending emails";

    protected override Task RunAsync(CancellationToken cancellationToken) => run.RunAsync(cancellationToken);
}
