using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Demo.Commands.SeedDemoData;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// Pictures of the dashboard and of an agent's desk for the README, taken with UPDATE_SCREENSHOTS=1 only. They
/// need two weeks of history, so they run on a portal of their own with the demo data, apart from the other tests.
/// </summary>
[Category("Screenshots")]
public sealed class ReadmeScreenshotTests
{
    private const string DemoPassword = "SupportDesk-Demo-1";

    [Test]
    public async Task Dashboard_and_agent_desk_are_pictured_for_the_readme()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1")
        {
            Assert.Ignore("Set UPDATE_SCREENSHOTS=1 to refresh docs/images.");
        }

        const string database = TestDatabase.Name + "_screens";
        await TestDatabase.RecreateAsync(database);
        await using var portal = new PortalFactory(new Dictionary<string, string>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:SupportDesk"] = TestDatabase.ConnectionStringFor(database),
            ["Database:MigrateOnStartup"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        portal.StartServer();
        await new Seeder(portal.Services).SendAsync(null, new SeedDemoDataCommand(DemoPassword));
        var address = portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

        var folder = Path.Combine(PortalTest.RepositoryRoot(), "docs", "images");
        Directory.CreateDirectory(folder);
        await using var context = await PortalSuite.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();

        await SignInAsync(page, SeedDemoDataHandler.ManagerEmail);
        await Assertions.Expect(page.GetByTestId("tickets-per-day-chart")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await SignInAsync(page, "agent1@demo.local");
        await Assertions.Expect(page.GetByTestId("current-ticket")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "agent-desk.png"), FullPage = true });

        Assert.That(File.Exists(Path.Combine(folder, "dashboard.png")) && File.Exists(Path.Combine(folder, "agent-desk.png")));
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
