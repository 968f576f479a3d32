using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>
/// The real WebApi (its own Program, pipeline and services) on MariaDB, configured only through the documented
/// configuration keys. The suite builds one for the whole run; a few fixtures build their own for what needs a
/// different configuration (a low rate limit, an unreachable database).
/// </summary>
public sealed class SupportDeskApiFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Testing")
    : WebApplicationFactory<Program>
{
    public const string ManagerEmail = "manager@supportdesk.test";
    public const string ManagerPassword = "Manager-Passw0rd";

    /// <summary>Same key, issuer and audience in every factory of the run: a token from one is valid in all.</summary>
    public const string SigningKey = "functional-tests-only-signing-key-0123456789abcdef";

    public static Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["Database:Provider"] = "MySql",
        ["ConnectionStrings:SupportDesk"] = connectionString,
        ["Database:MigrateOnStartup"] = "true",
        ["Bootstrap:ManagerEmail"] = ManagerEmail,
        ["Bootstrap:ManagerPassword"] = ManagerPassword,
        ["Jwt:SigningKey"] = SigningKey,
        ["Jwt:Issuer"] = "supportdesk-tests",
        ["Jwt:Audience"] = "supportdesk-tests-api",
        // Assignment is triggered at once after each change; the sweep is the safety net, made quick here.
        ["Assignment:SweepIntervalSeconds"] = "1",
        ["Assignment:Enabled"] = "true",
        // Tests sign in many times a minute from one address; the fixture for 429 sets its own limit.
        ["RateLimiting:AuthPermitsPerMinute"] = "10000",
        // The whole run is one manager and one address, thousands of requests a minute; ApiQuotaTests sets low budgets.
        ["RateLimiting:AnonymousPermitsPerMinute"] = "1000000",
        ["RateLimiting:CustomerPermitsPerMinute"] = "1000000",
        ["RateLimiting:AgentPermitsPerMinute"] = "1000000",
        ["RateLimiting:ManagerPermitsPerMinute"] = "1000000",
        ["RateLimiting:IntegrationPermitsPerMinute"] = "1000000",
        ["Seed:Demo"] = "false",
        // Receivers of the webhook tests listen on 127.0.0.1; the SSRF tests set their own factory with this off.
        ["Webhooks:AllowPrivateNetworks"] = "true",
        ["Webhooks:SweepIntervalSeconds"] = "1",
        // The breach job: a ticket a test moves past its target is recorded within a second.
        ["Sla:SweepIntervalSeconds"] = "1",
        // Email to the suite's SMTP receiver on 127.0.0.1 (FunctionalTestRun.Mail); a fixture of its own may set another.
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = (FunctionalTestRun.MailPort ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        // Tests sign up often from one address; the sign-up tests check the limit with their own count.
        ["SignUp:MaxEmailsPerHour"] = "20",
        // The scrape endpoint on the public port, behind the suite's token; the gauges read the database at every scrape.
        ["Metrics:Prometheus:Enabled"] = "true",
        ["Metrics:Prometheus:BearerToken"] = MetricsScrape.Token,
        ["Metrics:SnapshotSeconds"] = "0",
        // Request logs of every test would drown the failures.
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    /// <summary>
    /// Another API on the suite's database, beside the suite's own, for a fixture that needs other settings: it
    /// neither migrates nor runs the scheduler (the suite's API does both, and the tests' reset pauses only that
    /// one), and it listens on real Kestrel, so a client's address is a real peer (127.0.0.1).
    /// </summary>
    public static SupportDeskApiFactory StartBeside(string connectionString, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = Settings(connectionString);
        settings["Database:MigrateOnStartup"] = "false";
        settings["Assignment:Enabled"] = "false";
        configure?.Invoke(settings);
        var factory = new SupportDeskApiFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
