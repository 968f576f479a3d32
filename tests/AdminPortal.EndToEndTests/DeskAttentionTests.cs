using System.Text.RegularExpressions;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>A new ticket announces itself in the tab's title; the desk has keyboard shortcuts with a help dialog
/// (issue 17, "Context and speed for agents").</summary>
public sealed class DeskAttentionTests : PortalTest
{
    [Test]
    public async Task A_new_ticket_changes_the_title_of_a_tab_in_the_background_until_it_is_focused()
    {
        var email = Seeder.UniqueEmail("title");
        var agent = await Seed.CreateAgentAsync("Tess Title", email);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("no-ticket")).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("My desk · SupportDesk");
        await Page.EvaluateAsync("() => window.dispatchEvent(new Event('blur'))"); // the agent works in another tab

        var customer = await Seed.RegisterCustomerAsync("Nia Notice");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("BELL-1", "Door bell", 1, 15m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Defective, "Silent.");
        await Seed.AssignedEventuallyAsync(ticket.Id, agent.Id);

        await Expect(Page.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number, new() { Timeout = 20_000 });
        await Expect(Page).ToHaveTitleAsync("(1) New ticket — My desk · SupportDesk");
        await Page.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");
        await Expect(Page).ToHaveTitleAsync("My desk · SupportDesk");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Notify me of new tickets" }).Or(Page.Locator("[data-notifications-state]"))).Not.ToHaveCountAsync(0);
        // The agent keeps the ticket: busy, nothing waiting.
    }

    [Test]
    public async Task Shortcuts_move_to_the_resolve_form_switch_availability_and_are_listed_in_a_dialog()
    {
        var email = Seeder.UniqueEmail("keys");
        var agent = await Seed.CreateAgentAsync("Kit Keys", email);
        var customer = await Seed.RegisterCustomerAsync("Kay Keyboard");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("KEY-1", "Keyboard", 1, 49m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Defective, "Sticky keys.");
        await Seed.AssignedEventuallyAsync(ticket.Id, agent.Id);
        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number);

        // ? opens the list of shortcuts as a modal dialog; Escape closes it.
        await Page.Locator("body").ClickAsync(new() { Position = new Position { X = 5, Y = 5 } });
        await Page.Keyboard.PressAsync("?");
        var help = Page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Expect(help).ToBeVisibleAsync();
        await Expect(help).ToContainTextAsync("Switch between Available and Away");
        await Page.Keyboard.PressAsync("Escape");
        await Expect(help).ToBeHiddenAsync();

        // r: the resolution message; typing there is text, not shortcuts.
        await Page.Keyboard.PressAsync("r");
        var note = Page.GetByLabel("Message to the customer");
        await Expect(note).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("a?o");
        await Expect(note).ToHaveValueAsync("a?o");
        await Expect(help).ToBeHiddenAsync();

        // o: the outcome.
        await note.BlurAsync();
        await Page.Keyboard.PressAsync("o");
        await Expect(Page.GetByLabel("Refund")).ToBeFocusedAsync();

        // a: Available → Away (the agent keeps the ticket).
        await Page.Locator("body").ClickAsync(new() { Position = new Position { X = 5, Y = 5 } });
        await Page.Keyboard.PressAsync("a");
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync("You are away");
        await Expect(Page.GetByTestId("availability").GetByRole(AriaRole.Button, new() { Name = "Away" })).ToHaveAttributeAsync("aria-pressed", "true");
    }
}
