using NUnit.Framework.Interfaces;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>A fresh browser context (no cookies) per test; a screenshot of every open page when a test fails.</summary>
public abstract class PortalTest
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>The first page of the test; <see cref="NewPageAsync"/> opens another person's browser.</summary>
    protected IPage Page { get; private set; } = null!;

    protected static Seeder Seed => PortalSuite.Seed;

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [SetUp]
    public async Task OpenBrowserAsync() => Page = await NewPageAsync();

    [TearDown]
    public async Task CloseBrowserAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
        {
            await SaveScreenshotsAsync();
            // The suite shares one database: clear what the failed test left, so the next tests start clean.
            await Seed.TidyAsync();
        }

        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>A separate browser (own cookies) at laptop size, on the suite's portal or on <paramref name="portal"/>.</summary>
    protected async Task<IPage> NewPageAsync(Uri? portal = null)
    {
        var context = await PortalSuite.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (portal ?? PortalSuite.BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(10_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await FillSignInAsync(page, email, password);
    }

    /// <summary>Fills the sign-in form already shown (keeping the page's return address).</summary>
    protected static async Task FillSignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    protected static async Task SignInAsManagerAsync(IPage page)
    {
        await SignInAsync(page, PortalSuite.ManagerEmail, PortalSuite.ManagerPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
    }

    private async Task SaveScreenshotsAsync()
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "AdminPortal.EndToEndTests");
        Directory.CreateDirectory(folder);
        var name = string.Concat(TestContext.CurrentContext.Test.Name.Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        var index = 0;
        foreach (var page in _contexts.SelectMany(c => c.Pages))
        {
            var path = Path.Combine(folder, $"{name}-{++index}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                TestContext.AddTestAttachment(path, $"Page {index} when the test failed: {page.Url}");
            }
            catch (PlaywrightException ex)
            {
                await TestContext.Out.WriteLineAsync($"No screenshot of page {index}: {ex.Message}");
            }
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SupportDesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SupportDesk.sln not found above the test output.");
    }
}
