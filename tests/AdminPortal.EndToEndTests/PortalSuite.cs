using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// Once per run: a fresh database, the portal started on it (it migrates and creates the bootstrap manager itself),
/// and Debian's Chromium driven by Playwright. Tests share them and open a browser context each.
/// Tests leave no ticket waiting and no agent available behind them, so that the assignment in one test is not
/// taken by another's data.
/// </summary>
[SetUpFixture]
public sealed class PortalSuite
{
    public const string ManagerEmail = "manager@e2e.test";
    public const string ManagerPassword = "Manager-Pass-1";

    /// <summary>Debian's package; Playwright's own browser downloads are not possible (nor wanted) here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static PortalFactory? _portal;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static PortalFactory Portal => _portal ?? throw new InvalidOperationException("The portal is not started.");

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public static Uri BaseAddress { get; private set; } = null!;

    /// <summary>The suite portal's settings, for a test that starts a second portal process on the same database.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public static Seeder Seed => new(Portal.Services);

    /// <summary>Where the suite's portal writes customer emails, as .eml files.</summary>
    public static readonly string MailDirectory = Path.Combine(Path.GetTempPath(), "supportdesk-e2e-mail");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await TestDatabase.RecreateAsync();

        Settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:SupportDesk"] = TestDatabase.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Bootstrap:ManagerEmail"] = ManagerEmail,
            ["Bootstrap:ManagerPassword"] = ManagerPassword,
            ["Assignment:SweepIntervalSeconds"] = "5",
            ["Seed:Demo"] = "false",
            // Customer emails (and sign-up codes, which the seeder reads from the outbox) as files in a temporary folder.
            ["Email:PickupDirectory"] = MailDirectory,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Every test signs in from 127.0.0.1 and the data is not reset between tests: the limits per address
            // are raised for the run (SignInRateLimitTests starts a portal of its own with a low one).
            ["RateLimiting:AuthPermitsPerMinute"] = "10000",
            ["SignInThrottling:PerAddress"] = "10000",
            ["SignInThrottling:PerAccount"] = "100000",
            // The webhook tests' receiver listens on 127.0.0.1 over plain http, which production refuses. The
            // deliveries are made by this portal's own scheduler (Assignment:Enabled is left at its default, true).
            ["Webhooks:AllowPrivateNetworks"] = "true",
        };
        _portal = new PortalFactory(Settings);
        _portal.StartServer();
        var addresses = _portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }
}
