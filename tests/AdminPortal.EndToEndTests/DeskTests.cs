namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The agent's own controls: the Available/Away switch and the list of active tickets.</summary>
public sealed class DeskTests : PortalTest
{
    [Test]
    public async Task An_agent_switches_between_away_and_available()
    {
        var email = Seeder.UniqueEmail("switch");
        await Seed.CreateAwayAgentAsync("Sasha Switch", email);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("no-ticket")).ToContainTextAsync("You are away");
        var availability = Page.GetByTestId("availability");
        await Expect(availability.GetByRole(AriaRole.Button, new() { Name = "Away" })).ToHaveAttributeAsync("aria-pressed", "true");

        await availability.GetByRole(AriaRole.Button, new() { Name = "Available" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("You are available");
        await Expect(Page.GetByTestId("no-ticket")).ToContainTextAsync("No ticket right now");
        await Expect(availability.GetByRole(AriaRole.Button, new() { Name = "Available" })).ToHaveAttributeAsync("aria-pressed", "true");

        // Back to away, so that this agent takes no ticket meant for another test.
        await availability.GetByRole(AriaRole.Button, new() { Name = "Away" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("You are away");
    }

    [Test]
    public async Task An_agent_lists_only_waiting_and_in_progress_tickets()
    {
        var email = Seeder.UniqueEmail("lister");
        await Seed.CreateAwayAgentAsync("Lee Lister", email);
        await SignInAsync(Page, email, Seeder.Password);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Active tickets" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Active tickets" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Resolved")).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("Agent")).ToHaveCountAsync(0);
        await Page.GotoAsync("/tickets?Status=Resolved");
        await Expect(Page.Locator("[data-status='Resolved']")).ToHaveCountAsync(0);
    }
}
