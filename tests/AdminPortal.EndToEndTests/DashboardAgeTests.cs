using System.Text.RegularExpressions;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The dashboard's ages tick by themselves, from timestamps in the page (issue 17, item 1).</summary>
public sealed class DashboardAgeTests : PortalTest
{
    [Test]
    public async Task The_oldest_wait_and_the_queue_ages_tick_while_nothing_else_changes()
    {
        var agent = await Seed.CreateAwayAgentAsync("Tia Tick", Seeder.UniqueEmail("tick"));
        var customer = await Seed.RegisterCustomerAsync("Otto Oldest");
        var order = await Seed.ImportOrderAsync(customer, new ImportOrderLine("CLOCK-1", "Wall clock", 1, 19.90m));
        var ticket = await Seed.OpenTicketAsync(customer, order, 1, ReturnReason.Other, "Ticks too loudly.");

        await SignInAsManagerAsync(Page);
        var navigations = 0;
        Page.FrameNavigated += (_, frame) => navigations += frame == Page.MainFrame ? 1 : 0;
        var oldest = Page.GetByTestId("oldest-wait").Locator("time[data-age]");
        var badge = Page.GetByTestId("queue").Locator("li", new() { HasText = ticket.Number }).Locator("time[data-age]");
        await Expect(oldest).ToHaveAttributeAsync("title", new Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$"));
        var waiting = await Page.GetByTestId("waiting-count").InnerTextAsync();
        var before = (Oldest: await oldest.InnerTextAsync(), Badge: await badge.InnerTextAsync());

        // A short wait, no data changed: both ages have moved on, without a reload.
        await Page.WaitForTimeoutAsync(2_500);
        await Expect(oldest).Not.ToHaveTextAsync(before.Oldest);
        await Expect(badge).Not.ToHaveTextAsync(before.Badge);
        await Expect(oldest).ToHaveTextAsync(new Regex(@"^\d+ (s|min)$"));
        await Expect(Page.GetByTestId("waiting-count")).ToHaveTextAsync(waiting);
        Assert.That(navigations, Is.Zero, "the page was never reloaded");

        // Leave nothing waiting: the agent comes back, takes the ticket, and is busy.
        await Seed.SetAvailabilityAsync(agent.Id, true);
        await Seed.AssignedEventuallyAsync(ticket.Id, agent.Id);
    }
}
