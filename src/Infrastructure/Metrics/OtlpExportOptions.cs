using OpenTelemetry.Exporter;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>
/// <c>Metrics:Otlp:*</c>: push the same metrics to an OpenTelemetry collector. Also on when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable is set (the exporter then reads the other <c>OTEL_*</c> variables itself).
/// </summary>
public sealed class OtlpExportOptions
{
    /// <summary>The collector, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318/v1/metrics</c>
    /// (HTTP/protobuf). Empty: no OTLP export unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>Grpc</c> or <c>HttpProtobuf</c>.</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>How often the metrics are pushed.</summary>
    public int IntervalSeconds { get; set; } = 60;
}
