using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>
/// OpenTelemetry metrics for both hosts: the framework's built-in meters (ASP.NET Core, Kestrel, HttpClient — the
/// webhook deliveries —, EF Core 9, the .NET runtime) and the desk's own, exported to a Prometheus scrape endpoint
/// (<see cref="PrometheusEndpointOptions"/>) and/or over OTLP (<see cref="OtlpExportOptions"/>). Nothing is added to a
/// request's path but the framework's own counters: the desk's gauges are read when a collection asks.
/// </summary>
public static class MetricsSetup
{
    /// <summary>The built-in meters of .NET 10, ASP.NET Core 10 and EF Core 9 (no instrumentation package needed).</summary>
    public static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "Microsoft.AspNetCore.Identity",
        "System.Net.Http",
        "System.Net.NameResolution",
        "Microsoft.EntityFrameworkCore",
        "System.Runtime",
    ];

    /// <summary>Sets up the exporters <c>Metrics:*</c> asks for (the options are validated at start-up).</summary>
    public static WebApplicationBuilder AddDeskMetrics(this WebApplicationBuilder builder, string serviceName)
    {
        // The options themselves (bound and validated at start) and the desk's meter are Infrastructure's services.
        var options = builder.Configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new MetricsOptions();
        var otlpFromEnvironment = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otlp = !string.IsNullOrWhiteSpace(options.Otlp.Endpoint) || otlpFromEnvironment;
        if (!options.Prometheus.Enabled && !otlp)
        {
            return builder;
        }

        if (options.Prometheus is { Enabled: true, Port: { } port and > 0 and <= 65535 })
        {
            ListenOnManagementPort(builder, port);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(FrameworkMeters).AddMeter(DeskMetrics.MeterName);
                if (metrics is IDeferredMeterProviderBuilder deferred)
                {
                    // OpenTelemetry picks meters by name, process-wide: a meter another host's container created (several
                    // hosts in one process, as in the tests) would be merged into ours, and its disposal would end our
                    // stream of the same name. Only this container's meters, and the process-wide ones, are exported.
                    deferred.Configure((services, provider) =>
                    {
                        var own = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
                        provider.AddView(instrument => instrument.Meter.Scope is System.Diagnostics.Metrics.IMeterFactory factory
                            && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop : null);
                    });
                }

                if (options.Prometheus.Enabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint))
                        {
                            exporter.Endpoint = new Uri(options.Otlp.Endpoint);
                            exporter.Protocol = options.Otlp.Protocol;
                        }

                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.Otlp.IntervalSeconds * 1000;
                    });
                }
            });
        return builder;
    }

    /// <summary>
    /// The desk's meter, and the scrape endpoint first in the pipeline (before request logging, authentication and rate limits: a scraper
    /// is neither a user nor logged every 15 s). On the management port nothing else is served.
    /// </summary>
    public static WebApplication UseDeskMetrics(this WebApplication app)
    {
        // The desk's instruments exist from the start (the gauges before any use case has run).
        app.Services.GetRequiredService<DeskMetrics>();
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Prometheus;
        if (!options.Enabled)
        {
            return app;
        }

        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: context => ScrapeAccess.IsScrape(context, options),
            path: null,
            configureBranchedPipeline: branch => branch.Use((context, next) =>
            {
                if (ScrapeAccess.IsAllowed(context, options))
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Task.CompletedTask;
            }),
            optionsName: null);
        if (options.Port is not null)
        {
            app.Use((context, next) =>
            {
                if (ScrapeAccess.OnManagementPort(context, options))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                return next(context);
            });
        }

        return app;
    }

    /// <summary>
    /// Adds the management port to the addresses the host listens on, where they come from <c>urls</c>
    /// (<c>ASPNETCORE_URLS</c>, launch settings) or <c>http_ports</c> (<c>ASPNETCORE_HTTP_PORTS</c>, the container
    /// images' default). Kestrel endpoints set in code or under <c>Kestrel:Endpoints</c> replace those addresses: list
    /// the port there.
    /// </summary>
    private static void ListenOnManagementPort(WebApplicationBuilder builder, int port)
    {
        var urls = builder.Configuration["urls"];
        var httpPorts = builder.Configuration["http_ports"];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            if (!urls.Contains($":{port}", StringComparison.Ordinal))
            {
                builder.WebHost.UseUrls($"{urls};http://+:{port}");
            }
        }
        else if (!string.IsNullOrWhiteSpace(httpPorts) || !string.IsNullOrWhiteSpace(builder.Configuration["https_ports"]))
        {
            if (!(httpPorts ?? string.Empty).Split(';').Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                builder.WebHost.UseSetting("http_ports", string.IsNullOrWhiteSpace(httpPorts) ? $"{port}" : $"{httpPorts};{port}");
            }
        }
        else
        {
            // Kestrel's default address, kept, plus the management port.
            builder.WebHost.UseUrls($"http://localhost:5000;http://+:{port}");
        }
    }
}
