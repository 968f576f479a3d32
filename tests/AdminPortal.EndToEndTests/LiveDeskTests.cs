using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>
/// Live pages by push: the desk and the dashboard keep one connection open and fetch a region only when a committed
/// change concerns it, whichever portal process committed it; an idle page asks nothing.
/// </summary>
public sealed class LiveDeskTests : PortalTest
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    [Test]
    public async Task A_ticket_opened_through_another_portal_process_reaches_an_idle_desk_and_the_dashboard_without_polling()
    {
        var email = Seeder.UniqueEmail("push");
        var agent = await Seed.CreateAwayAgentAsync("Pia Push", email);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("no-ticket")).ToBeVisibleAsync();
        var dashboard = await NewPageAsync();
        await SignInAsManagerAsync(dashboard);
        await dashboard.GotoAsync("/dashboard");
        var waitingBefore = await dashboard.GetByTestId("waiting-count").InnerTextAsync();

        // Both pages are connected; from now on, count every request they make.
        await Task.Delay(1500);
        await Page.EvaluateAsync("() => { window.pageMarker = 'never reloaded'; }");
        await dashboard.EvaluateAsync("() => { window.pageMarker = 'never reloaded'; }");
        var deskRequests = Recorded(Page);
        var dashboardRequests = Recorded(dashboard);
        await Task.Delay(4000); // longer than the 3 s the desk used to poll at
        Assert.Multiple(() =>
        {
            Assert.That(deskRequests, Is.Empty, "an idle desk asks nothing");
            Assert.That(dashboardRequests, Is.Empty, "an idle dashboard asks nothing");
        });

        // A second portal process (its own services, scheduler and feed reader) on the same database takes the change.
        await using var other = new PortalFactory(PortalSuite.Settings);
        var elsewhere = new Seeder(other.Services);
        var customer = await elsewhere.RegisterCustomerAsync("Lee Push");
        var order = await elsewhere.ImportOrderAsync(customer, new ImportOrderLine("MUG-1", "Mug", 1, 9.00m));
        var ticket = await elsewhere.OpenTicketAsync(customer, order, 1, ReturnReason.Damaged, "Chipped handle.");
        await Expect(dashboard.GetByTestId("waiting-count")).Not.ToHaveTextAsync(waitingBefore, new() { Timeout = 15_000 });

        await elsewhere.SetAvailabilityAsync(agent.Id, available: true);
        await Expect(Page.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number, Soon);

        Assert.Multiple(async () =>
        {
            Assert.That(await Page.EvaluateAsync<string>("() => window.pageMarker"), Is.EqualTo("never reloaded"));
            Assert.That(await dashboard.EvaluateAsync<string>("() => window.pageMarker"), Is.EqualTo("never reloaded"));
            Assert.That(deskRequests, Is.Not.Empty.And.All.Match(@"/desk/(current|thread|status)$"), "only the regions the change concerns");
            Assert.That(dashboardRequests, Is.Not.Empty.And.All.Match(@"/dashboard/live$"));
            Assert.That(deskRequests, Has.Count.LessThanOrEqualTo(6), "one fetch per region per change, not a poll");
        });

        // Leave no agent available behind: resolve the ticket, then step away.
        await Seed.ResolveAsAgentAsync(email, ticket.Id);
        await Seed.SetAvailabilityAsync(agent.Id, available: false);
        await dashboard.CloseAsync();
    }

    [Test]
    public async Task A_desk_whose_portal_process_restarted_reconnects_and_catches_up_on_what_it_missed()
    {
        var email = Seeder.UniqueEmail("resume");
        var agent = await Seed.CreateAwayAgentAsync("Rui Resume", email);
        var customer = await Seed.RegisterCustomerAsync("Ada Resume");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("CUP-2", "Cup", 1, 5.00m));
        var port = PortalFactory.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var portal = new PortalFactory(PortalSuite.Settings, port);
        try
        {
            portal.StartServer();
            var desk = await NewPageAsync(address);
            await SignInAsync(desk, email, Seeder.Password);
            await Expect(desk.GetByTestId("no-ticket")).ToBeVisibleAsync();
            await desk.EvaluateAsync("() => { window.pageMarker = 'never reloaded'; }");
            await Task.Delay(1000);

            // The desk's portal process stops; while it is away a ticket is opened and given to this agent.
            await portal.DisposeAsync();
            var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.NoLongerNeeded, "Changed my mind.");
            await Seed.SetAvailabilityAsync(agent.Id, available: true);
            await Task.Delay(3000);
            await Expect(desk.GetByTestId("no-ticket")).ToBeVisibleAsync();

            // It comes back: the browser reconnects by itself, says where it was, and is told what it missed.
            portal = new PortalFactory(PortalSuite.Settings, port);
            portal.StartServer();
            await Expect(desk.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number, Soon);
            Assert.That(await desk.EvaluateAsync<string>("() => window.pageMarker"), Is.EqualTo("never reloaded"));

            await Seed.ResolveAsAgentAsync(email, ticket.Id);
        }
        finally
        {
            await Seed.SetAvailabilityAsync(agent.Id, available: false);
            await portal.DisposeAsync();
        }
    }

    [Test]
    public async Task A_removed_agent_s_desk_is_told_at_once_and_leaves_for_the_sign_in_page()
    {
        var email = Seeder.UniqueEmail("gone");
        var agent = await Seed.CreateAwayAgentAsync("Gil Gone", email);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("no-ticket")).ToBeVisibleAsync();
        await Task.Delay(1000);

        await Seed.RemoveAgentAsync(agent.Id);

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            new() { Timeout = 15_000 });
    }

    [Test]
    public async Task The_live_connection_is_refused_without_a_staff_session()
    {
        var response = await Page.APIRequest.GetAsync("/live?after=0", new() { MaxRedirects = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(302), "no session: sent to sign in, no stream");
            Assert.That(response.Headers["location"], Does.Contain("/account/sign-in"));
            Assert.That(response.Headers.GetValueOrDefault("content-type") ?? string.Empty, Does.Not.Contain("text/event-stream"));
        });
    }

    private static List<string> Recorded(IPage page)
    {
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(new Uri(request.Url).AbsolutePath);
            }
        };
        return requests;
    }
}
