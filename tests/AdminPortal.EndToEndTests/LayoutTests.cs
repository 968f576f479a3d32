namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The portal's frame for every page: a skip link first, a clear answer for a page past the end of a list,
/// and tables that read as stacked rows at phone width.</summary>
public sealed class LayoutTests : PortalTest
{
    [Test]
    public async Task A_page_past_the_end_of_a_list_says_so_and_links_to_the_last_page()
    {
        var email = Seeder.UniqueEmail("paged");
        await Seed.CreateAwayAgentAsync("Pia Paged", email);
        await SignInAsManagerAsync(Page);

        await Page.GotoAsync("/agents?page=99");

        await Expect(Page.GetByTestId("no-such-page")).ToContainTextAsync("There is no page 99.");
        await Expect(Page.GetByTestId("empty-state")).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Go to the last page") }).ClickAsync();
        await Expect(Page.GetByTestId("agent-table")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("no-such-page")).ToHaveCountAsync(0);
        Assert.That(Page.Url, Does.Not.Contain("page=99"));
    }

    [Test]
    public async Task The_first_tab_reaches_a_skip_link_that_moves_the_focus_to_the_content()
    {
        await SignInAsManagerAsync(Page);

        await Page.Keyboard.PressAsync("Tab");

        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main#content")).ToBeFocusedAsync();
    }

    [Test]
    public async Task At_phone_width_a_table_row_reads_as_labelled_lines_without_sideways_scrolling()
    {
        var email = Seeder.UniqueEmail("phone");
        await Seed.CreateAwayAgentAsync("Pho Ne", email);
        await SignInAsManagerAsync(Page);
        await Page.SetViewportSizeAsync(390, 844);

        await Page.GotoAsync($"/agents?Q={Uri.EscapeDataString(email)}");

        var row = Page.Locator($"tr[data-agent='{email}']");
        await Expect(row).ToBeVisibleAsync();
        var layout = await row.EvaluateAsync<string[]>("""
            tr => {
              const cell = tr.querySelector('td[data-label="Email"]');
              return [getComputedStyle(tr).display, getComputedStyle(cell).display,
                      getComputedStyle(cell, '::before').content, String(document.documentElement.scrollWidth)];
            }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(layout[0], Is.EqualTo("block"), "the row is a block");
            Assert.That(layout[1], Is.EqualTo("flex"), "each cell is a line of its own");
            Assert.That(layout[2], Is.EqualTo("\"Email\""), "named by its column");
            Assert.That(int.Parse(layout[3], System.Globalization.CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(390), "no sideways scrolling");
        });
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Email" })).Not.ToBeInViewportAsync();
    }
}
