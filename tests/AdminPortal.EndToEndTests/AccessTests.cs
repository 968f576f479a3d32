using System.Text.RegularExpressions;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>Who may sign in, and what each role may open.</summary>
public sealed class AccessTests : PortalTest
{
    /// <summary>The portal's one answer to every refused sign-in (security review, finding 3).</summary>
    public const string SignInRefused =
        "Sign-in failed: check your email and password. After several failed attempts, wait a few minutes.";

    /// <summary>What a removed agent reads after the right password (issue 17): why, not "try again later".</summary>
    public const string AccountRemoved =
        "Your account was removed by a manager, so it can no longer sign in. Ask a manager if this is a mistake.";

    [Test]
    public async Task A_visitor_is_sent_to_sign_in_and_comes_back_to_the_page_asked_for()
    {
        await Page.GotoAsync("/customers");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fcustomers"));
        await FillSignInAsync(Page, PortalSuite.ManagerEmail, PortalSuite.ManagerPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Customers" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        await SignInAsync(Page, PortalSuite.ManagerEmail, "Not-The-Password-1");
        await Expect(Page.GetByTestId("form-errors")).ToHaveTextAsync(SignInRefused);
        await Expect(Page.GetByLabel("Password")).ToHaveValueAsync(string.Empty);
        await Expect(Page.GetByLabel("Email")).ToHaveValueAsync(PortalSuite.ManagerEmail);
    }

    [Test]
    public async Task An_unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        await SignInAsync(Page, Seeder.UniqueEmail("nobody"), Seeder.Password);
        await Expect(Page.GetByTestId("form-errors")).ToHaveTextAsync(SignInRefused);
    }

    [Test]
    public async Task Missing_fields_are_marked_next_to_them()
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='Email']")).ToHaveTextAsync("Enter your email.");
        await Expect(Page.Locator("[data-valmsg-for='Password']")).ToHaveTextAsync("Enter your password.");
    }

    [Test]
    public async Task A_customer_with_the_right_password_gets_the_same_message_as_a_wrong_password()
    {
        // Another answer would confirm the customer's password to whoever tried it.
        var customer = await Seed.RegisterCustomerAsync("Casey Customer");
        await SignInAsync(Page, customer.Email, Seeder.Password);
        await Expect(Page.GetByTestId("form-errors")).ToHaveTextAsync(SignInRefused);
        await Page.GotoAsync("/tickets");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    [Test]
    public async Task Repeated_wrong_passwords_hold_the_address_back_with_the_same_message_and_end_no_session()
    {
        var email = Seeder.UniqueEmail("guessed");
        await Seed.CreateAwayAgentAsync("Lou Guessed", email);
        var owner = await NewPageAsync();
        await SignInAsync(owner, email, Seeder.Password);
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "My desk" })).ToBeVisibleAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(Page, email, "Wrong-Password-1");
            await Expect(Page.GetByTestId("form-errors")).ToHaveTextAsync(SignInRefused);
        }

        // From this address even the right password is refused now, in the same words; the signed-in session lives on.
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("form-errors")).ToHaveTextAsync(SignInRefused);
        await owner.ReloadAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "My desk" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task An_agent_cannot_open_the_managers_pages()
    {
        var email = Seeder.UniqueEmail("agent");
        await Seed.CreateAwayAgentAsync("Avery Agent", email);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My desk" })).ToBeVisibleAsync();
        var nav = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Agents" })).ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Active tickets" })).ToBeVisibleAsync();

        foreach (var path in new[] { "/agents", "/agents/new", "/dashboard", "/customers" })
        {
            var response = await Page.GotoAsync(path);
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
            Assert.That(response!.Status, Is.EqualTo(403), path);
        }
    }

    [Test]
    public async Task A_manager_cannot_open_an_agents_desk()
    {
        await SignInAsManagerAsync(Page);
        await Page.GotoAsync("/desk");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();

        // Nor the desk's live fragments, fetched as the desk's script fetches them.
        foreach (var fragment in new[] { "/desk/current", "/desk/status", "/desk/thread" })
        {
            var status = await Page.EvaluateAsync<int>(
                "url => fetch(url, { headers: { 'X-Requested-With': 'XMLHttpRequest' }, redirect: 'manual' }).then(r => r.status)", fragment);
            Assert.That(status, Is.EqualTo(403), fragment);
        }
    }

    [Test]
    public async Task The_desk_s_live_fragments_need_a_session()
    {
        foreach (var fragment in new[] { "/desk/current", "/desk/status", "/desk/thread" })
        {
            var response = await Page.APIRequest.GetAsync(fragment, new() { MaxRedirects = 0 });
            Assert.Multiple(() =>
            {
                Assert.That(response.Status, Is.EqualTo(302), fragment);
                Assert.That(response.Headers.GetValueOrDefault("location"), Does.Contain("/account/sign-in"), fragment);
            });
        }
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        await SignInAsManagerAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Page.GotoAsync("/dashboard");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in"));
    }
}
