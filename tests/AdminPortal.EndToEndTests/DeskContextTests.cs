using System.Text.RegularExpressions;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The desk shows the customer's context: other tickets with who holds them, orders, the ticket's age; an
/// agent opens the customer's page read only (issue 17, "Context and speed for agents").</summary>
public sealed class DeskContextTests : PortalTest
{
    [Test]
    public async Task The_desk_shows_the_customers_other_tickets_orders_and_the_tickets_age_and_links_the_customer_page()
    {
        var prior = await Seed.CreateAgentAsync("Pia Prior", Seeder.UniqueEmail("prior"));
        var customer = await Seed.RegisterCustomerAsync("Cleo Context");
        var first = await Seed.ImportOrderAsync(customer, new ImportOrderLine("PAN-1", "Frying pan", 1, 29.90m));
        var second = await Seed.ImportOrderAsync(customer, new ImportOrderLine("POT-1", "Stock pot", 1, 39.90m));
        var earlier = await Seed.OpenTicketAsync(customer, first, 1, ReturnReason.Damaged, "Dented.");
        await Seed.AssignedEventuallyAsync(earlier.Id, prior.Id);
        var email = Seeder.UniqueEmail("context");
        var agent = await Seed.CreateAgentAsync("Cora Context", email);
        var ticket = await Seed.OpenTicketAsync(customer, second, 1, ReturnReason.Defective, "Handle loose.");
        await Seed.AssignedEventuallyAsync(ticket.Id, agent.Id);

        await SignInAsync(Page, email, Seeder.Password);
        await Expect(Page.GetByTestId("ticket-number")).ToHaveTextAsync(ticket.Number);
        var context = Page.GetByTestId("customer-context");
        await Expect(context.Locator($"[data-ticket='{earlier.Number}']")).ToContainTextAsync("with Pia Prior");
        await Expect(context.Locator($"[data-ticket='{earlier.Number}']")).ToContainTextAsync("In progress");
        await Expect(context.GetByTestId("customer-orders")).ToContainTextAsync(first.Number);
        await Expect(context.GetByTestId("customer-orders")).ToContainTextAsync($"{second.Number} · placed");
        var opened = Page.GetByTestId("ticket-opened").Locator("time[data-age='ago']");
        await Expect(opened).ToHaveTextAsync(new Regex(@"^\d+ (s|min) ago$"));
        await Expect(opened).ToHaveAttributeAsync("title", new Regex(" UTC$"));
        await Expect(Page.GetByTestId("ticket-priority")).ToHaveTextAsync("High");
        await Expect(Page.GetByTestId("ticket-service-level")).ToBeVisibleAsync();

        // The customer's page, read only: no way to the customer list or anything to change.
        await context.GetByTestId("customer-page-link").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Cleo Context" })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-order]")).ToHaveCountAsync(2);
        await Expect(Page.Locator("main form")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Customers", Exact = true })).ToHaveCountAsync(0);
        var list = await Page.GotoAsync("/customers");
        Assert.That(list!.Status, Is.EqualTo(403), "the customer list stays the managers'");
        // Both agents keep their tickets: nobody is left free, nothing waits.
    }
}
