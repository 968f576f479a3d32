namespace SupportDesk.WebApi.FunctionalTests.Events;

/// <summary>GET /api/events: the change feed of the contract, for managers and the shop's integration.</summary>
public sealed class EventFeedTests : FunctionalTest
{
    [Test]
    public async Task A_reader_following_next_sees_every_change_once_in_order_with_the_resource_as_its_endpoint_returns_it()
    {
        var manager = await Desk.ManagerAsync();
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        (await agent.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var resolved = await manager.GetTicketAsync(ticket.Id);

        var events = await ReadAllAsync(manager, limit: 2, until: EventTypesInOrder.Length);

        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.Type), Is.EqualTo(EventTypesInOrder));
            Assert.That(events.Select(e => e.Position), Is.EqualTo(Enumerable.Range(1, events.Count).Select(p => (long?)p)),
                "positions 1, 2, 3… with no gap and no repeat");
            Assert.That(events.Select(e => e.Id), Is.Unique);
            Assert.That(events.Select(e => e.Id), Has.All.StartWith("evt_"));
            Assert.That(events[^1].Data.GetRawText(), Is.EqualTo(resolved.Body), "ticket.resolved carries the ticket exactly as GET returns it");
            Assert.That(events[1].Data.GetProperty("id").GetGuid(), Is.EqualTo(order.Id));
            Assert.That(events.Select(e => e.OccurredAt), Is.Ordered);
        });
    }

    [Test]
    public async Task The_type_filter_keeps_the_named_types_and_next_still_moves_on()
    {
        var manager = await Desk.ManagerAsync();
        await Desk.AddAgentAsync();
        await Desk.AddAgentAsync();
        await Desk.CustomerWithOrderAsync();
        await Eventually.Until(() => manager.GetEventsAsync(), r => r.Value.Items.Count == 3, "three events in the feed");

        var agents = (await manager.GetEventsAsync("?type=agent.created&type=agent.removed")).Expect(HttpStatusCode.OK);
        var orders = (await manager.GetEventsAsync("?type=order.imported&after=1")).Expect(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(agents.Items.Select(e => e.Type), Is.EqualTo(new[] { "agent.created", "agent.created" }));
            Assert.That(agents.Next, Is.EqualTo(2));
            Assert.That(orders.Items.Select(e => e.Position), Is.EqualTo(new long?[] { 3 }));
        });
    }

    [Test]
    public async Task Events_about_agents_are_for_managers_only()
    {
        var manager = await Desk.ManagerAsync();
        var shop = await Desk.IntegrationAsync();
        await Desk.AddAgentAsync();
        await Desk.CustomerWithOrderAsync();
        await Eventually.Until(() => manager.GetEventsAsync(), r => r.Value.Items.Count == 2, "both events in the feed");

        var seenByShop = (await shop.GetEventsAsync()).Expect(HttpStatusCode.OK);
        var askedByShop = (await shop.GetEventsAsync("?type=agent.created")).Expect(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(seenByShop.Items.Select(e => (e.Type, e.Position)), Is.EqualTo(new[] { ("order.imported", (long?)2) }));
            Assert.That(askedByShop.Items, Is.Empty);
        });
    }

    [TestCase("?limit=0", "limit")]
    [TestCase("?limit=501", "limit")]
    [TestCase("?after=-1", "after")]
    [TestCase("?type=ticket.exploded", "type")]
    [TestCase("?type=ping", "type")]
    public async Task A_bad_query_is_a_400_naming_the_parameter(string query, string field)
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.GetEventsAsync(query);

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors!.Keys, Has.Some.StartsWith(field).IgnoreCase);
    }

    [Test]
    public async Task Only_managers_and_the_shops_integration_read_the_feed()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var agent = await Desk.AddAgentAsync();
        var integration = await Desk.IntegrationAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await integration.GetEventsAsync()).Status, Is.EqualTo(HttpStatusCode.OK));
            AssertProblem(await customer.Api.GetEventsAsync(), HttpStatusCode.Forbidden);
            AssertProblem(await agent.Api.GetEventsAsync(), HttpStatusCode.Forbidden);
            AssertProblem(await Desk.Anonymous.GetEventsAsync(), HttpStatusCode.Unauthorized);
        });
    }

    private static readonly string[] EventTypesInOrder =
        ["agent.created", "order.imported", "ticket.opened", "ticket.assigned", "ticket.resolved"];

    private static async Task<List<EventResponse>> ReadAllAsync(ApiClient client, int limit, int until)
    {
        var events = new List<EventResponse>();
        long after = 0;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (events.Count < until && DateTime.UtcNow < deadline)
        {
            var page = (await client.GetEventsAsync($"?after={after}&limit={limit}")).Expect(HttpStatusCode.OK);
            Assert.That(page.Items, Has.Count.LessThanOrEqualTo(limit));
            events.AddRange(page.Items);
            after = page.Next;
            if (page.Items.Count == 0)
            {
                await Task.Delay(50);
            }
        }

        return events;
    }
}
