using SupportDesk.Application.Agents.Queries.GetAgents;
using SupportDesk.Application.Customers.Queries.GetCustomers;
using SupportDesk.Application.Tickets.Queries.GetTickets;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>
/// The searches of the ticket, customer and agent lists, run the same on each provider (<see cref="Tickets.SearchTests"/>
/// on MariaDB, <see cref="SqliteSmokeTests"/> on SQLite): any case, any part of a ticket number, an order number,
/// a customer's name, and the term's own wildcards taken literally.
/// </summary>
public static class SearchScenario
{
    public static async Task RunAsync(Desk desk)
    {
        var ada = await desk.RegisterCustomerAsync("ada.lovelace@it.local", "Ada Lovelace");
        var bob = await desk.RegisterCustomerAsync("bob.stone@it.local", "Bob Stone");
        var adaOrder = await desk.ImportOrderAsync("SO-Search-77", ada.Email, ("SKU-KETTLE", 2));
        var bobOrder = await desk.ImportOrderAsync("SO-OTHER-1", bob.Email, ("SKU-TOASTER", 2));
        var adaTicket = await desk.SendAsync(World.OpenOne(adaOrder), ada);
        var bobTicket = await desk.SendAsync(World.OpenOne(bobOrder), bob);
        await desk.CreateAgentAsync("grace.hopper@it.local", "Grace Hopper");
        await desk.CreateAgentAsync("alan.turing@it.local", "Alan Turing");

        async Task<IEnumerable<string>> Tickets(string q) =>
            (await desk.SendAsync(new GetTicketsQuery { Q = q }, Desk.Manager)).Items.Select(t => t.Number);
        async Task<IEnumerable<string>> Customers(string q) =>
            (await desk.SendAsync(new GetCustomersQuery(q), Desk.Manager)).Items.Select(c => c.FullName);
        async Task<IEnumerable<string>> Agents(string q) =>
            (await desk.SendAsync(new GetAgentsQuery(Q: q), Desk.Manager)).Items.Select(a => a.FullName);

        // The middle of a number, across its dash, in lower case.
        var partOfNumber = adaTicket.Number[4..9].ToLowerInvariant();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Tickets(partOfNumber), Is.EqualTo(new[] { adaTicket.Number }), "part of a ticket number");
            Assert.That(await Tickets(bobTicket.Number.ToLowerInvariant()), Is.EqualTo(new[] { bobTicket.Number }), "a whole number in lower case");
            Assert.That(await Tickets("search-7"), Is.EqualTo(new[] { adaTicket.Number }), "part of an order number");
            Assert.That(await Tickets("  LOVELACE "), Is.EqualTo(new[] { adaTicket.Number }), "the customer's name, any case");
            Assert.That(await Tickets("toaster"), Is.EqualTo(new[] { bobTicket.Number }), "the product");
            Assert.That(await Tickets("%"), Is.Empty, "a wildcard is a character like any other");
            Assert.That(await Tickets("SO_"), Is.Empty, "an underscore too");
            Assert.That(await Customers("ada LOV"), Is.EqualTo(new[] { "Ada Lovelace" }));
            Assert.That(await Customers("STONE@IT"), Is.EqualTo(new[] { "Bob Stone" }));
            Assert.That(await Agents("hOPP"), Is.EqualTo(new[] { "Grace Hopper" }));
            Assert.That(await Agents("TURING@"), Is.EqualTo(new[] { "Alan Turing" }));
            Assert.That(await Agents("a%"), Is.Empty);
        });
    }
}
