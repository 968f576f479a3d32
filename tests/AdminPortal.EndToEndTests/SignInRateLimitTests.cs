using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// Security review, finding 3: posting the sign-in form is rate limited per client address like the API. A portal
/// of its own with a limit of three, on the suite's database.
/// </summary>
public sealed class SignInRateLimitTests : PortalTest
{
    private const int Permits = 3;
    private PortalFactory _portal = null!;
    private Uri _address = null!;

    [SetUp]
    public void StartAPortalWithALowLimit()
    {
        _portal = new PortalFactory(new Dictionary<string, string>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:SupportDesk"] = TestDatabase.ConnectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["Assignment:Enabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["RateLimiting:AuthPermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SignInThrottling:PerAddress"] = "10000",
            ["SignInThrottling:PerAccount"] = "100000",
        });
        _portal.StartServer();
        _address = new Uri(_portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single());
    }

    [TearDown]
    public async Task StopThePortalAsync() => await _portal.DisposeAsync();

    [Test]
    public async Task Portal_sign_in_is_rate_limited_per_address_with_the_same_message_as_every_refusal()
    {
        for (var attempt = 1; attempt <= Permits; attempt++)
        {
            await Page.GotoAsync(new Uri(_address, "/account/sign-in").ToString());
            await FillSignInAsync(Page, Seeder.UniqueEmail("nobody"), "Wrong-Password-1");
            await Expect(Page.GetByTestId("form-errors")).ToHaveTextAsync(AccessTests.SignInRefused);
        }

        await Page.GotoAsync(new Uri(_address, "/account/sign-in").ToString());
        var refused = await Page.RunAndWaitForResponseAsync(
            () => FillSignInAsync(Page, PortalSuite.ManagerEmail, PortalSuite.ManagerPassword),
            response => response.Request.Method == "POST");

        Assert.That(refused.Status, Is.EqualTo(429));
        Assert.That(int.Parse(refused.Headers["retry-after"], System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
        await Expect(Page.GetByTestId("form-errors")).ToHaveTextAsync(AccessTests.SignInRefused);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
