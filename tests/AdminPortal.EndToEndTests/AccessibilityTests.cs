using System.Diagnostics;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Webhooks.Commands.CreateWebhook;
using SupportDesk.Application.Webhooks.Commands.DeleteWebhook;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// axe-core (pinned in Accessibility/package.json, installed here with npm as the TypeScript client check installs
/// its tools) scans every kind of portal page as a person reaches it; no violation of impact serious or critical.
/// The script goes in through Playwright's init script, which the portal's Content-Security-Policy does not govern.
/// </summary>
public sealed class AccessibilityTests : PortalTest
{
    private static string _axe = null!;

    [OneTimeSetUp]
    public static async Task InstallAxeAsync()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "AdminPortal.EndToEndTests", "Accessibility");
        using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("npm did not start: install Node.js and npm (Debian: nodejs npm), as scripts/test.sh does.");
        var errors = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        Assert.That(npm.ExitCode, Is.Zero, $"npm install in {folder}: {await errors}");
        _axe = await File.ReadAllTextAsync(Path.Combine(folder, "node_modules", "axe-core", "axe.min.js"));
    }

    [Test]
    public async Task Every_portal_page_has_no_serious_or_critical_accessibility_violation()
    {
        var agentEmail = Seeder.UniqueEmail("axe");
        var agent = await Seed.CreateAwayAgentAsync("Ava Axe", agentEmail);
        var customer = await Seed.RegisterCustomerAsync("Cal Axe");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("AXE-1", "Kettle", 1, 30m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.NotAsDescribed,
            "The colour is not the one in the photo.");
        var manager = Seeder.Principal("e2e-seeder", "seeder@e2e.test", Roles.Manager);
        var webhook = await Seed.SendAsync(manager, new CreateWebhookCommand("http://127.0.0.1:9/axe", ["order.delivery_updated"], "Accessibility scan"));
        var failures = new List<string>();
        try
        {
            await Page.Context.AddInitScriptAsync(_axe);
            failures.AddRange(await ScanAsync(Page, "/account/sign-in"));
            await SignInAsManagerAsync(Page);
            foreach (var path in new[]
            {
                "/dashboard", "/tickets", $"/tickets/{ticket.Id}", "/agents", "/agents/new", $"/agents/{agent.Id}/edit",
                $"/agents/{agent.Id}/remove", "/customers", $"/customers/{ticket.CustomerId}", "/webhooks", "/webhooks/new",
                $"/webhooks/{webhook.Id}", $"/webhooks/{webhook.Id}/edit", $"/webhooks/{webhook.Id}/delete",
            })
            {
                failures.AddRange(await ScanAsync(Page, path));
            }

            // A refused form too: the errors at their fields.
            await Page.GotoAsync("/agents/new");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Add agent" }).ClickAsync();
            failures.AddRange(await ScanAsync(Page, null));

            // The agent's desk, away and then holding the ticket.
            var desk = await NewPageAsync();
            await desk.Context.AddInitScriptAsync(_axe);
            await SignInAsync(desk, agentEmail, Seeder.Password);
            failures.AddRange(await ScanAsync(desk, "/desk"));
            await Seed.SetAvailabilityAsync(agent.Id, available: true);
            await Seed.AssignmentOfAsync(ticket.Id, TimeSpan.FromSeconds(20));
            await desk.GotoAsync("/desk");
            await Expect(desk.GetByTestId("current-ticket")).ToBeVisibleAsync();
            failures.AddRange(await ScanAsync(desk, null));
        }
        finally
        {
            // No ticket left waiting, no agent available, no webhook left.
            await Seed.SetAvailabilityAsync(agent.Id, available: true);
            await Seed.AssignmentOfAsync(ticket.Id, TimeSpan.FromSeconds(20));
            await Seed.ResolveAsAgentAsync(agentEmail, ticket.Id);
            await Seed.SetAvailabilityAsync(agent.Id, available: false);
            await Seed.SendAsync(manager, new DeleteWebhookCommand(webhook.Id));
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    /// <summary>The page's serious and critical violations, each with the first elements it concerns.</summary>
    private static async Task<IReadOnlyList<string>> ScanAsync(IPage page, string? path)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        var violations = await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', ')})`);
            }
            """);
        return violations.Select(v => $"{path ?? page.Url}: {v}").ToList();
    }
}
