using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>What a ticket page does for the person reading it: it folds a long description, and tells times as ages
/// (the UTC time on hover).</summary>
public sealed class PageUpkeepTests : PortalTest
{
    [Test]
    public async Task A_long_description_shows_its_first_lines_and_the_rest_on_request()
    {
        var email = Seeder.UniqueEmail("long");
        var agent = await Seed.CreateAwayAgentAsync("Lou Long", email);
        var customer = await Seed.RegisterCustomerAsync("Max Long");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("RUG-4", "Rug", 1, 70.00m));
        var description = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"Line {i}: the rug frays along the edge."));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Defective, description);
        await SignInAsManagerAsync(Page);
        await Page.GotoAsync($"/tickets/{ticket.Id}");

        var text = Page.GetByTestId("ticket-description");
        var more = Page.GetByRole(AriaRole.Button, new() { Name = "Show more" });
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "false");
        var folded = await text.EvaluateAsync<bool>("e => e.scrollHeight > e.clientHeight");
        await more.ClickAsync();
        var open = await text.EvaluateAsync<bool>("e => e.scrollHeight <= e.clientHeight + 2");

        var opened = Page.GetByTestId("history-time").First.Locator("time");
        await Expect(opened).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(" ago$"));
        await Expect(opened).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$"));
        Assert.Multiple(async () =>
        {
            Assert.That(folded, Is.True, "first lines only");
            Assert.That(open, Is.True, "all of it after Show more");
            Assert.That(await Page.GetByRole(AriaRole.Button, new() { Name = "Show less" }).GetAttributeAsync("aria-expanded"), Is.EqualTo("true"));
        });

        await Seed.SetAvailabilityAsync(agent.Id, available: true);
        await Seed.AssignmentOfAsync(ticket.Id, TimeSpan.FromSeconds(30));
        await Seed.ResolveAsAgentAsync(email, ticket.Id);
        await Seed.SetAvailabilityAsync(agent.Id, available: false);
    }
}
