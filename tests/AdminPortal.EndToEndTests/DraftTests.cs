using System.Text.RegularExpressions;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>What an agent types on the desk survives a reload and the end of the session, until it is sent; a session
/// ended by a manager says why on the sign-in page (issue 17, item 2).</summary>
public sealed class DraftTests : PortalTest
{
    private const string Drafts = "() => Object.keys(sessionStorage).filter(k => k.startsWith('supportdesk.draft.'))";

    /// <summary>A new agent holding a new ticket, signed in at the desk.</summary>
    private async Task<(IPage Desk, Guid AgentId, TicketDto Ticket)> AgentWithTicketAsync(string name)
    {
        var email = Seeder.UniqueEmail("draft");
        var agent = await Seed.CreateAgentAsync(name, email);
        var customer = await Seed.RegisterCustomerAsync("Dana Draft");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("MUG-2", "Mug", 1, 9.90m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Damaged, "Chipped handle.");
        await Seed.AssignedEventuallyAsync(ticket.Id, agent.Id);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number);
        return (Page, agent.Id, ticket);
    }

    [Test]
    public async Task A_draft_comes_back_after_a_reload_and_is_gone_once_sent()
    {
        var (desk, agentId, ticket) = await AgentWithTicketAsync("Drew Drafter");

        await desk.GetByLabel("Write to the customer").FillAsync("Could you send a photo of the handle?");
        await desk.GetByLabel("Store credit").CheckAsync();
        await desk.GetByLabel("Message to the customer").FillAsync("We will credit your account once");
        await desk.ReloadAsync();

        await Expect(desk.GetByLabel("Write to the customer")).ToHaveValueAsync("Could you send a photo of the handle?");
        await Expect(desk.GetByLabel("Store credit")).ToBeCheckedAsync();
        await Expect(desk.GetByLabel("Message to the customer")).ToHaveValueAsync("We will credit your account once");
        await Expect(desk.GetByTestId("draft-restored").First).ToContainTextAsync("Your unsent draft was restored");

        // The reply is sent: its draft is dropped, the resolve form's stays.
        await desk.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(desk.GetByTestId("flash")).ToContainTextAsync("Message sent to the customer.");
        await Expect(desk.GetByLabel("Write to the customer")).ToHaveValueAsync(string.Empty);
        await Expect(desk.GetByLabel("Message to the customer")).ToHaveValueAsync("We will credit your account once");
        // The flash shows while the page is still being read; the draft script runs at its end.
        await desk.WaitForLoadStateAsync(LoadState.Load);
        Assert.That(await desk.EvaluateAsync<string[]>(Drafts), Has.Length.EqualTo(1).And.All.Contains($".resolve.{ticket.Id}"));

        await desk.GetByLabel("Message to the customer").FillAsync("We credited your account.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Resolve ticket" }).ClickAsync();
        await Expect(desk.GetByTestId("flash")).ToContainTextAsync($"Ticket {ticket.Number} resolved");
        await desk.WaitForLoadStateAsync(LoadState.Load);
        Assert.That(await desk.EvaluateAsync<string[]>(Drafts), Is.Empty, "nothing sent is kept");
        await desk.ReloadAsync();
        await Expect(desk.GetByTestId("no-ticket")).ToBeVisibleAsync();

        // Leave no free agent behind.
        await Seed.SetAvailabilityAsync(agentId, false);
    }

    [Test]
    public async Task An_agent_removed_while_resolving_is_told_why_keeps_the_draft_and_comes_back_to_the_desk_not_the_post()
    {
        var (desk, agentId, ticket) = await AgentWithTicketAsync("Remy Removed");
        await desk.GetByLabel("Replacement").CheckAsync();
        await desk.GetByLabel("Message to the customer").FillAsync("A new mug is on its way");

        await Seed.RemoveAgentAsync(agentId);
        // The live region may notice first and reload the desk; otherwise the agent's submit meets the ended session.
        try
        {
            await desk.GetByRole(AriaRole.Button, new() { Name = "Resolve ticket" }).ClickAsync(new() { Timeout = 3_000 });
        }
        catch (TimeoutException)
        {
            // The pushed sign-out reloaded the desk first: it is on its way to the sign-in page already.
        }

        await Expect(desk).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fdesk&reason=removed$"));
        await Expect(desk.GetByTestId("session-ended")).ToContainTextAsync("a manager removed your account");
        Assert.That(await desk.EvaluateAsync<string[]>(Drafts), Has.Length.EqualTo(1).And.All.Contains($".resolve.{ticket.Id}"),
            "the unsent text is still in the tab");

        // The ticket went back to the queue: another agent takes it, so none is left waiting (and that agent is busy).
        var next = await Seed.CreateAgentAsync("Nell Next", Seeder.UniqueEmail("next"));
        await Seed.AssignedEventuallyAsync(ticket.Id, next.Id);
    }

    [Test]
    public async Task A_live_region_meeting_the_ended_session_is_told_where_to_go_and_why()
    {
        // The desk's live region may ask for its fragment before the pushed sign-out arrives: that request ends the
        // session (the cookie is gone after it), so its 401 must name the sign-in page with the reason, and the page
        // the agent was on rather than the fragment's address.
        var email = Seeder.UniqueEmail("region");
        var agent = await Seed.CreateAwayAgentAsync("Rhea Region", email);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("no-ticket")).ToBeVisibleAsync();
        // A same-origin document without the desk's script (which would notice the removal by itself).
        await Page.GotoAsync("/css/site.css");
        await Seed.RemoveAgentAsync(agent.Id);

        var fragment = await Page.EvaluateAsync<string[]>("""
            async () => {
              const response = await fetch('/desk/current', { referrer: '/desk', redirect: 'manual',
                headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'text/html' } });
              return [String(response.status), response.headers.get('Location') || ''];
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(fragment[0], Is.EqualTo("401"), "a script is answered 401, not sent to a page");
            Assert.That(fragment[1], Is.EqualTo("/account/sign-in?ReturnUrl=%2Fdesk&reason=removed"));
        });

        // That request deleted the session's cookie: a page's request that arrives after it (the form post the agent
        // had just sent, a reload) has no session left, and is still told why.
        await Page.GotoAsync("/desk");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fdesk&reason=removed$"));
        await Expect(Page.GetByTestId("session-ended")).ToContainTextAsync("a manager removed your account");

        // Signing in again (as someone else at this computer) forgets it.
        await FillSignInAsync(Page, PortalSuite.ManagerEmail, PortalSuite.ManagerPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Page.GotoAsync("/desk");
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fdesk$"));
        await Expect(Page.GetByTestId("session-ended")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Sign_in_never_returns_to_an_address_that_only_takes_posts()
    {
        await Page.GotoAsync("/account/sign-in?ReturnUrl=%2Fdesk%2Fresolve");
        await FillSignInAsync(Page, PortalSuite.ManagerEmail, PortalSuite.ManagerPassword);
        await Expect(Page).Not.ToHaveURLAsync(new Regex("/desk/resolve"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
    }
}
