using Microsoft.Extensions.Options;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>Refuses, at start-up, a scrape endpoint that would be public and anonymous, and malformed settings.</summary>
public sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    /// <summary>A token shorter than this is guessable.</summary>
    public const int MinBearerTokenLength = 16;

    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        var failures = new List<string>();
        var prometheus = options.Prometheus;
        if (string.IsNullOrWhiteSpace(prometheus.Path) || !prometheus.Path.StartsWith('/') || prometheus.Path == "/"
            || prometheus.Path.IndexOfAny(['?', '#', ' ']) >= 0)
        {
            failures.Add($"Metrics:Prometheus:Path '{prometheus.Path}' must be a path below the root, such as /metrics.");
        }

        if (prometheus.Port is < 1 or > 65535)
        {
            failures.Add($"Metrics:Prometheus:Port {prometheus.Port} is not a TCP port (1-65535).");
        }

        if (!string.IsNullOrEmpty(prometheus.BearerToken)
            && (prometheus.BearerToken.Length < MinBearerTokenLength || prometheus.BearerToken.Any(char.IsWhiteSpace)))
        {
            failures.Add($"Metrics:Prometheus:BearerToken must be at least {MinBearerTokenLength} characters, without spaces.");
        }

        if (prometheus.Enabled && prometheus.Port is null && string.IsNullOrEmpty(prometheus.BearerToken))
        {
            failures.Add("Metrics:Prometheus is enabled on the public port without a BearerToken: set Metrics:Prometheus:Port "
                + "(a management port) or Metrics:Prometheus:BearerToken; the scrape endpoint is never public and anonymous.");
        }

        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint)
            && !(Uri.TryCreate(options.Otlp.Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            failures.Add($"Metrics:Otlp:Endpoint '{options.Otlp.Endpoint}' is not an absolute http(s) URL.");
        }

        if (options.Otlp.IntervalSeconds is < 1 or > 3600)
        {
            failures.Add("Metrics:Otlp:IntervalSeconds must be between 1 and 3600.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
