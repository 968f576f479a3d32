using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Scheduling;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>Asks this process to send due emails now (<see cref="EmailDeliveryJob"/>).</summary>
public sealed class EmailDeliveryRequests(ISchedulerFactory schedulers, ILogger<EmailDeliveryRequests> logger)
    : JobRequests(schedulers, EmailDeliveryJob.Key, logger);
