namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>What a manager sees when a form is refused: the use case's reasons, next to the fields they concern.</summary>
public sealed class FormTests : PortalTest
{
    [SetUp]
    public Task SignInAsync() => SignInAsManagerAsync(Page);

    [Test]
    public async Task Adding_an_agent_with_empty_fields_shows_each_message_next_to_its_field()
    {
        await Page.GotoAsync("/agents/new");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add agent" }).ClickAsync();

        await Expect(Page.Locator("[data-valmsg-for='FullName']")).ToContainTextAsync("must not be empty");
        await Expect(Page.Locator("[data-valmsg-for='Email']")).ToContainTextAsync("must not be empty");
        await Expect(Page.Locator("[data-valmsg-for='Password']")).ToContainTextAsync("must not be empty");
        await Expect(Page.GetByLabel("Full name")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("input-validation-error"));
    }

    [Test]
    public async Task A_malformed_email_and_a_short_password_are_refused_and_the_name_is_kept()
    {
        await Page.GotoAsync("/agents/new");
        await Page.GetByLabel("Full name").FillAsync("Taylor Typo");
        await Page.GetByLabel("Email").FillAsync("not-an-email");
        await Page.GetByLabel("Initial password").FillAsync("short");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add agent" }).ClickAsync();

        await Expect(Page.Locator("[data-valmsg-for='Email']")).ToContainTextAsync("is not a valid email address");
        await Expect(Page.Locator("[data-valmsg-for='Password']")).ToContainTextAsync("at least 12 characters");
        await Expect(Page.Locator("[data-valmsg-for='FullName']")).ToBeEmptyAsync();
        await Expect(Page.GetByLabel("Full name")).ToHaveValueAsync("Taylor Typo");
        await Expect(Page.GetByLabel("Initial password")).ToHaveValueAsync(string.Empty);
    }

    [Test]
    public async Task Every_wrong_field_is_marked_at_once_in_the_labels_words_and_the_first_gets_the_focus()
    {
        await Page.GotoAsync("/agents/new");
        await Page.GetByLabel("Email").FillAsync("still-not-an-email");
        await Page.GetByLabel("Initial password").FillAsync("short");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add agent" }).ClickAsync();

        var expected = new (string Label, string Message)[]
        {
            ("Full name", "'Full name' must not be empty."),
            ("Email", "is not a valid email address"),
            ("Initial password", "The length of 'Initial password' must be at least 12 characters."),
        };
        foreach (var (label, message) in expected)
        {
            var field = Page.GetByLabel(label, new() { Exact = true });
            await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            // The message is linked to its field: read out with it, and found by the id the field points at.
            await Expect(field).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(message)));
            var messageId = (await field.GetAttributeAsync("aria-describedby"))!.Split(' ')[0];
            await Expect(Page.Locator($"#{messageId}")).ToContainTextAsync(message);
        }

        await Expect(Page.GetByLabel("Full name")).ToBeFocusedAsync();
        await Expect(Page.GetByLabel("Email")).ToHaveValueAsync("still-not-an-email");
        await Expect(Page.GetByLabel("Initial password")).ToHaveValueAsync(string.Empty);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("'Full Name'");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("'Password'");
    }

    [Test]
    public async Task An_email_already_in_use_is_refused_above_the_form()
    {
        await Page.GotoAsync("/agents/new");
        await Page.GetByLabel("Full name").FillAsync("Dup Licate");
        await Page.GetByLabel("Email").FillAsync(PortalSuite.ManagerEmail);
        await Page.GetByLabel("Initial password").FillAsync(Seeder.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add agent" }).ClickAsync();

        await Expect(Page.GetByTestId("form-errors")).ToContainTextAsync("email");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Add agent" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_reversed_date_range_is_explained_next_to_the_filter()
    {
        await Page.GotoAsync("/tickets?CreatedFrom=2025-03-10&CreatedTo=2025-03-01");
        await Expect(Page.GetByTestId("date-range-error")).ToHaveTextAsync("The end of the date range must be after its start.");
        await Expect(Page.GetByTestId("empty-state")).ToBeVisibleAsync();
    }

    [Test]
    public async Task An_unknown_ticket_shows_a_not_found_page()
    {
        var response = await Page.GotoAsync($"/tickets/{Guid.NewGuid()}");
        Assert.That(response!.Status, Is.EqualTo(404));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
    }
}
