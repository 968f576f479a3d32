namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>Antiforgery on every form, and the headers and cookie flags a browser relies on.</summary>
public sealed class SecurityTests : PortalTest
{
    [Test]
    public async Task Every_form_that_posts_carries_an_antiforgery_token()
    {
        await SignInAsManagerAsync(Page);
        foreach (var path in new[] { "/dashboard", "/agents", "/agents/new" })
        {
            await Page.GotoAsync(path);
            var forms = Page.Locator("form[method='post']");
            Assert.That(await forms.CountAsync(), Is.GreaterThan(0), path);
            foreach (var form in await forms.AllAsync())
            {
                await Expect(form.Locator("input[name='__RequestVerificationToken']")).ToHaveCountAsync(1);
            }
        }
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await SignInAsManagerAsync(Page);
        var response = await Page.APIRequest.PostAsync("/agents/new", new APIRequestContextOptions
        {
            Form = Page.APIRequest.CreateFormData()
                .Set("FullName", "Forged Agent")
                .Set("Email", Seeder.UniqueEmail("forged"))
                .Set("Password", Seeder.Password),
            MaxRedirects = 0,
        });
        Assert.That(response.Status, Is.EqualTo(400));

        await Page.GotoAsync("/agents?IncludeRemoved=true");
        await Expect(Page.GetByText("Forged Agent")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Pages_are_sent_with_security_headers_and_a_protected_cookie()
    {
        var response = await Page.GotoAsync("/account/sign-in");
        var headers = await response!.AllHeadersAsync();
        Assert.Multiple(() =>
        {
            Assert.That(headers["content-security-policy"], Does.Contain("script-src 'self'").And.Not.Contain("unsafe-inline"));
            Assert.That(headers["x-content-type-options"], Is.EqualTo("nosniff"));
            Assert.That(headers["x-frame-options"], Is.EqualTo("DENY"));
            Assert.That(headers["referrer-policy"], Is.EqualTo("same-origin"));
        });

        await SignInAsync(Page, PortalSuite.ManagerEmail, PortalSuite.ManagerPassword);
        var cookies = await Page.Context.CookiesAsync();
        var session = cookies.Single(c => c.Name == "SupportDesk.Portal");
        Assert.Multiple(() =>
        {
            Assert.That(session.HttpOnly, Is.True);
            Assert.That(session.SameSite, Is.EqualTo(SameSiteAttribute.Lax));
        });
    }

    [Test]
    public async Task No_page_breaks_the_content_security_policy()
    {
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{Page.Url}: {message.Text}");
            }
        };
        await SignInAsManagerAsync(Page);
        foreach (var path in new[] { "/dashboard", "/tickets", "/agents", "/agents/new", "/customers" })
        {
            await Page.GotoAsync(path);
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.That(violations, Is.Empty);
    }
}
