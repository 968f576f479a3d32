using Microsoft.Extensions.Logging;
using Quartz;
using SupportDesk.Infrastructure.Scheduling;

namespace SupportDesk.Infrastructure.Events;

/// <summary>Asks this process to give positions to newly committed events (<see cref="EventSequencerJob"/>).</summary>
public sealed class EventSequencerRequests(ISchedulerFactory schedulers, ILogger<EventSequencerRequests> logger)
    : JobRequests(schedulers, EventSequencerJob.Key, logger);
