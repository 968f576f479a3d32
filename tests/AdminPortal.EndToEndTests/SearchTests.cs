using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The search boxes of the ticket, customer and agent lists find by any part, in any case.</summary>
public sealed class SearchTests : PortalTest
{
    [Test]
    public async Task A_manager_finds_a_ticket_by_part_of_its_number_order_or_customer_and_the_customer_and_agent_by_name()
    {
        var surname = $"Quixley{Guid.NewGuid():N}"[..12];
        // The agent first, while no ticket waits for it to take.
        var agentEmail = Seeder.UniqueEmail("finder");
        var agent = await Seed.CreateAwayAgentAsync($"Fenna {surname}", agentEmail);
        var customer = await Seed.RegisterCustomerAsync($"Wren {surname}");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("LAMP-3", "Desk lamp", 1, 24.50m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.NoLongerNeeded, "Too bright.");

        await SignInAsManagerAsync(Page);
        foreach (var q in new[] { ticket.Number[2..8].ToLowerInvariant(), order.Number[4..].ToLowerInvariant(), $"wren {surname.ToUpperInvariant()}" })
        {
            await Page.GotoAsync("/tickets");
            await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync(q);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Expect(Page.Locator("tr[data-ticket]")).ToHaveCountAsync(1);
            await Expect(Page.Locator($"tr[data-ticket='{ticket.Number}']")).ToBeVisibleAsync();
        }

        // Its age, with the exact time in UTC on hover.
        var opened = Page.Locator($"tr[data-ticket='{ticket.Number}'] td[data-label='Opened'] time");
        await Expect(opened).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ (s|min) ago$"));
        await Expect(opened).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$"));
        await Expect(opened).ToHaveAttributeAsync("datetime", new System.Text.RegularExpressions.Regex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));

        await Page.GotoAsync("/customers");
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync(surname.ToLowerInvariant());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(Page.Locator("tr[data-customer]")).ToHaveCountAsync(1);
        await Expect(Page.Locator($"tr[data-customer='{customer.Email}']")).ToBeVisibleAsync();

        await Page.GotoAsync("/agents");
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync(surname.ToUpperInvariant());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(Page.Locator("tr[data-agent]")).ToHaveCountAsync(1);
        await Expect(Page.Locator($"tr[data-agent='{agentEmail}']")).ToBeVisibleAsync();

        // No ticket left waiting and no agent available: the agent takes the ticket, resolves it and goes away.
        await Seed.SetAvailabilityAsync(agent.Id, available: true);
        await Seed.AssignmentOfAsync(ticket.Id, TimeSpan.FromSeconds(20));
        await Seed.ResolveAsAgentAsync(agentEmail, ticket.Id);
        await Seed.SetAvailabilityAsync(agent.Id, available: false);
    }
}
