using System.Diagnostics.Metrics;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>
/// The desk's own meter, <c>SupportDesk</c>. Counters and histograms are recorded by the use cases and the webhook
/// sender once their change is saved (a failed save records nothing); the gauges read a <see cref="DeskSnapshot"/>
/// of the database, refreshed at most every <c>Metrics:SnapshotSeconds</c>, only when something collects. Without a
/// listener (metrics not exported) recording costs next to nothing.
/// </summary>
public sealed class DeskMetrics : IDeskMetrics
{
    public const string MeterName = "SupportDesk";

    /// <summary>Waiting times run from seconds (a free agent) to hours (a queue at night).</summary>
    private static readonly double[] WaitBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400];

    /// <summary>Delivery lag: milliseconds when the receiver answers at once, hours while it is down and retried.</summary>
    private static readonly double[] LagBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400];

    private readonly Counter<long> _opened;
    private readonly Counter<long> _resolved;
    private readonly Histogram<double> _timeToAssignment;
    private readonly Histogram<double> _webhookLag;
    private readonly Counter<long> _webhookFailures;

    public DeskMetrics(IMeterFactory meters, DeskSnapshot snapshot)
    {
        var meter = meters.Create(MeterName);
        _opened = meter.CreateCounter<long>("supportdesk.tickets.opened", "{ticket}", "Tickets opened, by priority at opening.");
        _resolved = meter.CreateCounter<long>("supportdesk.tickets.resolved", "{ticket}", "Tickets resolved, by outcome.");
        _timeToAssignment = meter.CreateHistogram("supportdesk.tickets.time_to_assignment", "s",
            "Time from a ticket's opening to its assignment to an agent, by priority.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WaitBuckets });
        _webhookLag = meter.CreateHistogram("supportdesk.webhooks.delivery_lag", "s",
            "Time from an event's occurrence to its successful delivery to a webhook subscription, retries included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });
        _webhookFailures = meter.CreateCounter<long>("supportdesk.webhooks.delivery_failures", "{attempt}",
            "Failed webhook delivery attempts, by reason (http_status, timeout, connection) and status class.");
        meter.CreateObservableGauge("supportdesk.queue.length",
            () => snapshot.Read().QueueByPriority.Select(pair =>
                new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("priority", Tag(pair.Key)))),
            "{ticket}", "Tickets waiting for an agent (status Open), by priority.");
        meter.CreateObservableGauge("supportdesk.emails.pending", () => snapshot.Read().EmailsPending,
            "{email}", "Emails of the outbox not yet handed to the mail server (status Pending).");
    }

    public void TicketOpened(TicketPriority priority) => _opened.Add(1, new KeyValuePair<string, object?>("priority", Tag(priority)));

    public void TicketAssigned(TicketPriority priority, TimeSpan waited) =>
        _timeToAssignment.Record(Math.Max(0, waited.TotalSeconds), new KeyValuePair<string, object?>("priority", Tag(priority)));

    public void TicketResolved(ResolutionOutcome outcome) => _resolved.Add(1, new KeyValuePair<string, object?>("outcome", Tag(outcome)));

    /// <summary>A delivery succeeded <paramref name="lag"/> after its event occurred.</summary>
    public void WebhookDelivered(TimeSpan lag) => _webhookLag.Record(Math.Max(0, lag.TotalSeconds));

    /// <summary>An attempt failed: the receiver answered <paramref name="statusCode"/> (not 2xx), or never answered.</summary>
    public void WebhookAttemptFailed(WebhookFailure reason, int? statusCode) => _webhookFailures.Add(1,
        new KeyValuePair<string, object?>("reason", reason switch
        {
            WebhookFailure.HttpStatus => "http_status",
            WebhookFailure.Timeout => "timeout",
            _ => "connection",
        }),
        new KeyValuePair<string, object?>("status_class", statusCode is { } code ? $"{code / 100}xx" : "none"));

    /// <summary>Lower-case enum names: stable label values however the enum is printed elsewhere.</summary>
    private static string Tag<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
