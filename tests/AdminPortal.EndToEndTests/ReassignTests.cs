using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>A manager moves a stuck ticket from its ticket page: to a free agent, or back to the queue.</summary>
public sealed class ReassignTests : PortalTest
{
    [Test]
    public async Task A_manager_hands_a_stuck_ticket_to_a_free_agent_then_back_to_the_queue()
    {
        var stuck = await Seed.CreateAgentAsync("Stu Stuck", Seeder.UniqueEmail("stuck"));
        var customer = await Seed.RegisterCustomerAsync("Rhea Reassign");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("FAN-1", "Desk fan", 1, 24.90m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Defective, "It rattles.");
        var free = await Seed.CreateAgentAsync("Fran Free", Seeder.UniqueEmail("free"));

        await SignInAsManagerAsync(Page);
        await Page.GotoAsync($"/tickets/{ticket.Id}");
        await Expect(Page.GetByTestId("history")).ToContainTextAsync("Assigned to Stu Stuck", new() { Timeout = 20_000 });
        await Page.ReloadAsync();
        var handTo = Page.GetByLabel("Hand this ticket to");
        await Expect(handTo.Locator("option")).ToContainTextAsync(["The queue (the next free agent takes it)", "Fran Free"]);
        await handTo.SelectOptionAsync(new SelectOptionValue { Label = "Fran Free" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();

        await Expect(Page.GetByTestId("flash")).ToContainTextAsync($"Ticket {ticket.Number} is now with Fran Free.");
        await Expect(Page.GetByTestId("history")).ToContainTextAsync("Handed from Stu Stuck to Fran Free");

        // Back to the queue: Stu, free for longer than Fran now, takes it again at once (no ticket left waiting).
        await Page.GetByLabel("Hand this ticket to").SelectOptionAsync(new SelectOptionValue { Label = "The queue (the next free agent takes it)" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();
        await Expect(Page.GetByTestId("flash")).ToContainTextAsync($"Ticket {ticket.Number} is back in the queue");
        await Expect(Page.GetByTestId("history")).ToContainTextAsync("Back in the queue: handed back from Fran Free");
        await Seed.AssignedEventuallyAsync(ticket.Id, stuck.Id);

        // No agent left available: Fran goes away; Stu keeps the ticket.
        await Seed.SetAvailabilityAsync(free.Id, false);
    }
}
