namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The desk's heading follows changes made elsewhere, and a live refresh leaves the keyboard where it was
/// (issue 17: "auto-refresh keeps keyboard focus; availability changes show without a reload").</summary>
public sealed class DeskStatusTests : PortalTest
{
    [Test]
    public async Task A_manager_s_switch_shows_on_the_desk_without_a_reload_and_the_keyboard_keeps_its_place()
    {
        var email = Seeder.UniqueEmail("keys");
        var agent = await Seed.CreateAwayAgentAsync("Kit Keys", email);
        try
        {
            await SignInAsync(Page, email, Seeder.Password);
            await Expect(Page.GetByTestId("no-ticket")).ToBeVisibleAsync();
            var switcher = Page.GetByTestId("availability");
            var available = switcher.GetByRole(AriaRole.Button, new() { Name = "Available" });
            var away = switcher.GetByRole(AriaRole.Button, new() { Name = "Away" });
            await Expect(away).ToHaveAttributeAsync("aria-pressed", "true");
            await Page.EvaluateAsync("() => { window.sameDocument = true; }");

            // The keyboard rests on Away, reached with Tab.
            await available.FocusAsync();
            await Page.Keyboard.PressAsync("Tab");
            await Expect(away).ToBeFocusedAsync();

            // A manager switches the agent to Available from the agents page.
            await Seed.SetAvailabilityAsync(agent.Id, available: true);

            await Expect(available).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(away).ToHaveAttributeAsync("aria-pressed", "false");
            await Expect(Page.GetByTestId("status-region")).ToContainTextAsync("Available");
            await Expect(away).ToBeFocusedAsync();
            var focused = await StyleAsync(away);
            var pressed = await StyleAsync(available);
            Assert.Multiple(async () =>
            {
                Assert.That(await Page.EvaluateAsync<bool>("() => window.sameDocument === true"), Is.True, "no reload");
                Assert.That(focused.Outline, Is.EqualTo("solid"), "the focus ring is drawn");
                Assert.That(focused.Width, Is.GreaterThanOrEqualTo(3));
                Assert.That(pressed.Outline, Is.EqualTo("none"), "the selected state is no ring");
                Assert.That(pressed.Background, Is.Not.EqualTo(focused.Background), "the selected state is a fill, focus is not");
            });

            // And back, with the keyboard still in place.
            await Seed.SetAvailabilityAsync(agent.Id, available: false);
            await Expect(away).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(away).ToBeFocusedAsync();
        }
        finally
        {
            await Seed.SetAvailabilityAsync(agent.Id, available: false);
        }
    }

    private static async Task<(string Outline, double Width, string Background)> StyleAsync(ILocator button)
    {
        var style = await button.EvaluateAsync<string[]>(
            "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.backgroundColor]; }");
        return (style[0], double.Parse(style[1].Replace("px", string.Empty), System.Globalization.CultureInfo.InvariantCulture), style[2]);
    }
}
