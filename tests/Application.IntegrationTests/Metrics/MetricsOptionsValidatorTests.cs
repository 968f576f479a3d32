using SupportDesk.Infrastructure.Metrics;

namespace SupportDesk.Application.IntegrationTests.Metrics;

/// <summary><c>Metrics:*</c> is checked at start-up: the scrape endpoint is never public and anonymous, and malformed
/// values stop the process before it serves anything.</summary>
public sealed class MetricsOptionsValidatorTests
{
    private const string Token = "a-scrape-token-of-32-characters!";

    private static readonly MetricsOptionsValidator Validator = new();

    private static MetricsOptions Enabled(int? port = null, string? token = null, string path = "/metrics") => new()
    {
        Prometheus = new PrometheusEndpointOptions { Enabled = true, Port = port, BearerToken = token, Path = path },
    };

    [Test]
    public void The_defaults_are_valid_and_export_nothing()
    {
        var options = new MetricsOptions();

        Assert.That(Validator.Validate(null, options).Succeeded, Is.True);
        Assert.That(options.Prometheus.Enabled, Is.False);
        Assert.That(options.Prometheus.Path, Is.EqualTo("/metrics"));
        Assert.That(options.Otlp.Endpoint, Is.Null);
    }

    [Test]
    public void Enabled_on_the_public_port_without_a_token_is_refused()
    {
        var result = Validator.Validate(null, Enabled());

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("BearerToken").And.Contain("Port"));
    }

    [Test]
    public void Enabled_with_a_management_port_is_valid() =>
        Assert.That(Validator.Validate(null, Enabled(port: 9464)).Succeeded, Is.True);

    [Test]
    public void Enabled_with_a_token_is_valid() =>
        Assert.That(Validator.Validate(null, Enabled(token: Token)).Succeeded, Is.True);

    [Test]
    public void Enabled_with_both_is_valid() =>
        Assert.That(Validator.Validate(null, Enabled(port: 9464, token: Token)).Succeeded, Is.True);

    [TestCase("short-token")]
    [TestCase("a token with spaces in it, long enough")]
    public void A_guessable_or_malformed_token_is_refused(string token) =>
        Assert.That(Validator.Validate(null, Enabled(token: token)).FailureMessage, Does.Contain("BearerToken"));

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(65536)]
    public void A_port_that_is_no_tcp_port_is_refused(int port) =>
        Assert.That(Validator.Validate(null, Enabled(port: port, token: Token)).FailureMessage, Does.Contain("Port"));

    [TestCase("")]
    [TestCase("/")]
    [TestCase("metrics")]
    [TestCase("/metrics?x=1")]
    public void A_path_that_is_not_below_the_root_is_refused(string path) =>
        Assert.That(Validator.Validate(null, Enabled(token: Token, path: path)).FailureMessage, Does.Contain("Path"));

    [TestCase("collector:4317")]
    [TestCase("ftp://collector:4317")]
    [TestCase("/v1/metrics")]
    public void An_otlp_endpoint_that_is_not_an_http_url_is_refused(string endpoint)
    {
        var options = new MetricsOptions { Otlp = new OtlpExportOptions { Endpoint = endpoint } };

        Assert.That(Validator.Validate(null, options).FailureMessage, Does.Contain("Otlp:Endpoint"));
    }

    [TestCase("http://otel-collector:4317")]
    [TestCase("https://otel.example.com:4318/v1/metrics")]
    public void An_otlp_endpoint_over_http_is_valid(string endpoint) =>
        Assert.That(Validator.Validate(null, new MetricsOptions { Otlp = new OtlpExportOptions { Endpoint = endpoint } }).Succeeded, Is.True);

    [TestCase(0)]
    [TestCase(3601)]
    public void An_otlp_interval_out_of_range_is_refused(int seconds) =>
        Assert.That(Validator.Validate(null, new MetricsOptions { Otlp = new OtlpExportOptions { IntervalSeconds = seconds } }).FailureMessage,
            Does.Contain("IntervalSeconds"));
}
