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
        // Posted from the signed-in page itself, so that the browser sends the session cookie (Secure, which
        // Playwright's own request context does not send to http://127.0.0.1); everything but the token is right.
        var status = await Page.EvaluateAsync<int>(
            """
            async email => (await fetch('/agents/new', {
                method: 'POST',
                body: new URLSearchParams({ FullName: 'Forged Agent', Email: email, Password: 'Secret-Pass-1' }),
                redirect: 'manual',
            })).status
            """, Seeder.UniqueEmail("forged"));
        Assert.That(status, Is.EqualTo(400));

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
    public async Task Outside_development_the_session_cookie_is_secure()
    {
        // Security review, finding 4. The suite's portal runs in the Testing environment over plain HTTP on
        // 127.0.0.1, which the browser treats as a secure context: a Secure cookie still works here.
        await SignInAsManagerAsync(Page);

        var session = (await Page.Context.CookiesAsync()).Single(c => c.Name == "SupportDesk.Portal");

        Assert.That(session.Secure, Is.True);
    }

    [Test]
    public async Task Behind_a_trusted_proxy_a_request_that_came_in_over_https_gets_hsts()
    {
        using var http = new HttpClient { BaseAddress = PortalSuite.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Host = "portal.example.test";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await http.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), "not redirected: the portal knows the request was HTTPS");
        Assert.That(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), Is.True);
        Assert.That(hsts!.Single(), Does.StartWith("max-age="));
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
