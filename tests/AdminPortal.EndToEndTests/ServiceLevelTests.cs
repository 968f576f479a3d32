using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>Service levels in the portal: the breached filter and badge in the list, the due times and the line's
/// return window on the ticket page, and the dashboard's count of breached tickets, as the database has them.</summary>
public sealed class ServiceLevelTests : PortalTest
{
    [Test]
    public async Task A_manager_finds_a_ticket_past_its_target_and_the_dashboard_counts_it()
    {
        var customer = await Seed.RegisterCustomerAsync("Sla Customer");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("KETTLE-9", "Kettle", 2, 29.90m));
        var late = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Damaged, "Cracked lid.");
        var fresh = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Damaged, "Cracked base.");
        await Seed.AgeTicketAsync(late.Id, 30); // High: assigned within 15 minutes

        await SignInAsManagerAsync(Page);
        await Page.GotoAsync($"/tickets?Q={Uri.EscapeDataString(order.Number)}");
        await Page.GetByLabel("Past a service-level target").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(Page.Locator($"tr[data-ticket='{late.Number}'] [data-testid='ticket-sla'][data-breached='true']"))
            .ToContainTextAsync("Breached");
        await Expect(Page.Locator($"tr[data-ticket='{fresh.Number}']")).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Link, new() { Name = late.Number }).ClickAsync();
        await Expect(Page.GetByTestId("ticket-service-level")).ToContainTextAsync("Breached: assignment");
        await Expect(Page.GetByTestId("ticket-service-level")).ToContainTextAsync("resolve by");
        await Expect(Page.GetByTestId("ticket-returnable-until")).ToContainTextAsync(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)[..2]);

        await Page.GotoAsync("/dashboard");
        var expected = await Seed.CountBreachedOpenAsync();
        Assert.That(expected, Is.GreaterThanOrEqualTo(1));
        await Expect(Page.GetByTestId("breached-count")).ToHaveTextAsync(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // No ticket left waiting for the next test: an agent takes and resolves both, then goes away.
        var email = Seeder.UniqueEmail("sla");
        var agent = await Seed.CreateAgentAsync("Sam Sla", email);
        var desk = await NewPageAsync();
        await SignInAsync(desk, email, Seeder.Password);
        for (var i = 0; i < 2; i++)
        {
            await Expect(desk.GetByTestId("current-ticket")).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await desk.GetByLabel("Message to the customer").FillAsync("Refunded.");
            await desk.GetByLabel("Refund").CheckAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Resolve ticket" }).ClickAsync();
            await Expect(desk.GetByTestId("flash")).ToContainTextAsync("resolved: Refund");
        }

        await Seed.SetAvailabilityAsync(agent.Id, false);
    }
}
