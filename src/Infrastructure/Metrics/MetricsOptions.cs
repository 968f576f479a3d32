using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>
/// <c>Metrics:*</c>: what the process exports (OpenTelemetry: ASP.NET Core, HttpClient, EF Core, the runtime and the
/// desk's own <see cref="DeskMetrics"/>) and where: a Prometheus scrape endpoint and/or OTLP. Checked at start-up by
/// <see cref="MetricsOptionsValidator"/>.
/// </summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>How long the figures read from the database (queue length, emails pending) are reused: one pair of
    /// cheap queries per this many seconds, whatever the number of scrapers and instruments. 0 reads at every
    /// collection (tests).</summary>
    [Range(0, 300)]
    public int SnapshotSeconds { get; set; } = 5;

    public PrometheusEndpointOptions Prometheus { get; set; } = new();

    public OtlpExportOptions Otlp { get; set; } = new();
}
