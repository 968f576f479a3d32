using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>A ticket's priority: shown in the lists, on the ticket page and on the desk; a manager changes it.</summary>
public sealed class PriorityTests : PortalTest
{
    [Test]
    public async Task A_manager_raises_a_waiting_ticket_and_the_agent_who_takes_it_sees_its_priority()
    {
        var email = Seeder.UniqueEmail("prio");
        var agent = await Seed.CreateAwayAgentAsync("Pat Priority", email);
        var customer = await Seed.RegisterCustomerAsync("Priya Customer");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("LAMP-1", "Desk lamp", 1, 39.90m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.NoLongerNeeded, "Bought two by mistake.");

        // The manager finds it low in the list, and raises it on its page.
        await SignInAsManagerAsync(Page);
        await Page.GotoAsync($"/tickets?Priority=Low&Q={ticket.Number}");
        await Expect(Page.Locator($"tr[data-ticket='{ticket.Number}'] [data-priority='Low']")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = ticket.Number }).ClickAsync();
        await Expect(Page.GetByTestId("ticket-priority")).ToHaveTextAsync("Low");
        await Page.GetByLabel("Change priority").SelectOptionAsync("High");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save priority" }).ClickAsync();

        await Expect(Page.GetByTestId("flash")).ToContainTextAsync($"Ticket {ticket.Number} is now High priority.");
        await Expect(Page.GetByTestId("ticket-priority")).ToHaveTextAsync("High");
        await Expect(Page.GetByTestId("history")).ToContainTextAsync("Low → High");

        // The agent comes back and takes it (so no ticket is left waiting): the desk shows its priority.
        await Seed.SetAvailabilityAsync(agent.Id, true);
        var desk = await NewPageAsync();
        await SignInAsync(desk, email, Seeder.Password);
        await Expect(desk.GetByTestId("current-ticket")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(desk.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number);
        await Expect(desk.GetByTestId("ticket-priority")).ToHaveTextAsync("High");
    }
}
