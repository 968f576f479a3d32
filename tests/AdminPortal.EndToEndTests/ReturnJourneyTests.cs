using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The whole journey of a return ticket, as the manager and the agent see it in their browsers.</summary>
public sealed class ReturnJourneyTests : PortalTest
{
    [Test]
    public async Task Manager_adds_an_agent_who_gets_a_new_ticket_on_the_desk_without_reloading_and_resolves_it()
    {
        // The manager adds an agent (with a typo in the name) and corrects it.
        await SignInAsManagerAsync(Page);
        var resolvedBefore = int.Parse(await Page.GetByTestId("resolved-today").InnerTextAsync());
        var email = Seeder.UniqueEmail("jamie");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Agents", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add agent" }).ClickAsync();
        await Page.GetByLabel("Full name").FillAsync("Jamie Agnet");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Initial password").FillAsync(Seeder.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add agent" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Jamie Agnet was added");
        var row = Page.Locator($"tr[data-agent='{email}']");
        await Expect(row.GetByTestId("agent-status")).ToHaveTextAsync("Available");

        await row.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Page.GetByLabel("Full name").FillAsync("Jamie Agent");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Jamie Agent's details were saved");
        await Expect(row.Locator("td").First).ToHaveTextAsync("Jamie Agent");

        // The agent signs in: nothing to do yet.
        var desk = await NewPageAsync();
        await SignInAsync(desk, email, Seeder.Password);
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "My desk" })).ToBeVisibleAsync();
        await Expect(desk.GetByTestId("no-ticket")).ToBeVisibleAsync();
        await desk.EvaluateAsync("() => { window.deskMarker = 'never reloaded'; }");
        var navigations = 0;
        desk.FrameNavigated += (_, frame) => navigations += frame == desk.MainFrame ? 1 : 0;

        // A customer opens a return ticket (through the application layer, as the API would).
        var customer = await Seed.RegisterCustomerAsync("Robin Customer");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("KB-104", "Mechanical keyboard", 2, 89.90m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Damaged, "Arrived with a cracked casing.");

        // It appears on the open desk by itself.
        await Expect(desk.GetByTestId("current-ticket")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(desk.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number);
        Assert.That(await desk.EvaluateAsync<string>("() => window.deskMarker"), Is.EqualTo("never reloaded"));
        Assert.That(navigations, Is.Zero, "the desk must not navigate to show the new ticket");
        await Expect(desk.GetByTestId("ticket-customer")).ToContainTextAsync("Robin Customer");
        await Expect(desk.GetByTestId("ticket-order")).ToHaveTextAsync(order.Number);
        await Expect(desk.GetByTestId("ticket-product")).ToContainTextAsync("Mechanical keyboard");
        await Expect(desk.GetByTestId("ticket-quantity")).ToHaveTextAsync("1");
        await Expect(desk.GetByTestId("ticket-reason")).ToHaveTextAsync("Damaged");
        await Expect(desk.GetByTestId("ticket-description")).ToHaveTextAsync("Arrived with a cracked casing.");
        await Expect(desk.GetByTestId("history")).ToContainTextAsync("Assigned to Jamie Agent");

        // Resolving without an outcome is refused next to the field; with one, the desk is free again.
        await desk.GetByLabel("Message to the customer").FillAsync("Refund approved; courier label sent.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Resolve ticket" }).ClickAsync();
        await Expect(desk.GetByTestId("outcome-error")).ToHaveTextAsync("Choose an outcome.");
        await Expect(desk.GetByLabel("Message to the customer")).ToHaveValueAsync("Refund approved; courier label sent.");
        await desk.GetByLabel("Refund").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Resolve ticket" }).ClickAsync();
        await Expect(desk.GetByTestId("flash")).ToContainTextAsync($"Ticket {ticket.Number} resolved: Refund");
        await Expect(desk.GetByTestId("no-ticket")).ToBeVisibleAsync();

        // The manager's dashboard follows by itself, and the ticket's history tells the story.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(Page.GetByTestId("resolved-today")).ToHaveTextAsync((resolvedBefore + 1).ToString(), new() { Timeout = 15_000 });
        await Expect(Page.GetByTestId("median-resolution")).Not.ToHaveTextAsync("—");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tickets", Exact = true }).ClickAsync();
        await Page.GetByLabel("Search").FillAsync(ticket.Number);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = ticket.Number }).ClickAsync();
        await Expect(Page.Locator("[data-status]").First).ToHaveTextAsync("Resolved");
        var history = Page.GetByTestId("history");
        await Expect(history).ToContainTextAsync("Opened");
        await Expect(history).ToContainTextAsync("Assigned to Jamie Agent");
        await Expect(history).ToContainTextAsync("Resolved");

        // The manager removes the agent: the open session ends and the account cannot sign in again.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Agents", Exact = true }).ClickAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Remove Jamie Agent?" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove agent" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("Jamie Agent was removed.");
        await Expect(row).ToHaveCountAsync(0);

        await desk.ReloadAsync();
        await Expect(desk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await Expect(desk.GetByTestId("session-ended")).ToContainTextAsync("a manager removed your account");
        // With the right password the page says why (removed, not "locked"); a wrong one learns nothing.
        await SignInAsync(desk, email, Seeder.Password);
        await Expect(desk.GetByTestId("form-errors")).ToHaveTextAsync(AccessTests.AccountRemoved);
        await SignInAsync(desk, email, "Not-The-Password-1");
        await Expect(desk.GetByTestId("form-errors")).ToHaveTextAsync(AccessTests.SignInRefused);
    }

    [Test]
    public async Task Removing_an_agent_puts_the_ticket_in_progress_back_in_the_queue_for_the_next_free_agent()
    {
        var holderEmail = Seeder.UniqueEmail("holder");
        await Seed.CreateAgentAsync("Harper Holder", holderEmail);
        var customer = await Seed.RegisterCustomerAsync("Sam Customer");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("HD-310", "Headphones", 1, 199m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Defective, "Left ear is silent.");

        await SignInAsManagerAsync(Page);
        await Page.GotoAsync("/agents");
        var holderRow = Page.Locator($"tr[data-agent='{holderEmail}']");
        await Expect(holderRow.GetByTestId("agent-status")).ToHaveTextAsync($"Working on {ticket.Number}", new() { Timeout = 20_000 });

        // Another agent comes in, free; then the holder is removed.
        var nextEmail = Seeder.UniqueEmail("next");
        var next = await Seed.CreateAgentAsync("Nico Next", nextEmail);
        await holderRow.GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await Expect(Page.GetByTestId("ticket-warning")).ToContainTextAsync(ticket.Number);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove agent" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync($"Ticket {ticket.Number} is back in the queue");

        // The agents list follows by itself: the next agent now works on it.
        var nextRow = Page.Locator($"tr[data-agent='{nextEmail}']");
        await Expect(nextRow.GetByTestId("agent-status")).ToHaveTextAsync($"Working on {ticket.Number}", new() { Timeout = 20_000 });
        await nextRow.GetByRole(AriaRole.Link).First.ClickAsync();
        var history = Page.GetByTestId("history");
        await Expect(history).ToContainTextAsync("Harper Holder was removed");
        await Expect(history).ToContainTextAsync("Assigned to Nico Next");

        // Leave no free agent behind: the next agent keeps the ticket and takes no other.
        await Seed.SetAvailabilityAsync(next.Id, available: false);
    }
}
