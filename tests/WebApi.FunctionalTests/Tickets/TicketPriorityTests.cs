namespace SupportDesk.WebApi.FunctionalTests.Tickets;

/// <summary>A ticket's priority: from its reason on open, changed by a manager only, recorded and emitted.</summary>
public sealed class TicketPriorityTests : FunctionalTest
{
    private async Task<TicketResponse> OpenAsync(ReturnReason reason = ReturnReason.Damaged)
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        return (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: reason))).Expect(HttpStatusCode.Created);
    }

    [TestCase(ReturnReason.Damaged, TicketPriority.High)]
    [TestCase(ReturnReason.WrongItem, TicketPriority.High)]
    [TestCase(ReturnReason.NotAsDescribed, TicketPriority.Normal)]
    [TestCase(ReturnReason.NoLongerNeeded, TicketPriority.Low)]
    public async Task A_ticket_opens_with_the_priority_of_its_reason(ReturnReason reason, TicketPriority expected)
    {
        var ticket = await OpenAsync(reason);

        var manager = await Desk.ManagerAsync();
        Assert.That(ticket.Priority, Is.EqualTo(expected));
        Assert.That((await manager.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK).Priority, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_manager_changes_the_priority_with_a_history_line_and_an_event()
    {
        var ticket = await OpenAsync(ReturnReason.Damaged);
        var manager = await Desk.ManagerAsync();

        var changed = (await manager.ChangeTicketPriorityAsync(ticket.Id, TicketPriority.Low)).Expect(HttpStatusCode.OK);

        var line = changed.History!.Last();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed.Priority, Is.EqualTo(TicketPriority.Low));
            Assert.That(line.Type, Is.EqualTo(TicketEventType.PriorityChanged));
            Assert.That(line.Detail, Is.EqualTo("High → Low"));
            Assert.That(line.Actor, Is.EqualTo("Manager"));
        }

        var feed = await Eventually.Until(() => manager.GetEventsAsync("?type=ticket.priority_changed&limit=500"),
            r => r.Value.Items.Any(e => e.Data.GetProperty("id").GetGuid() == ticket.Id), "the change is in the feed");
        var emitted = feed.Value.Items.Single(e => e.Data.GetProperty("id").GetGuid() == ticket.Id);
        Assert.That(emitted.Data.GetProperty("priority").GetString(), Is.EqualTo("Low"));
    }

    [Test]
    public async Task The_same_priority_again_changes_nothing()
    {
        var ticket = await OpenAsync(ReturnReason.Damaged);
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var same = (await manager.ChangeTicketPriorityAsync(ticket.Id, TicketPriority.High)).Expect(HttpStatusCode.OK);

        Assert.That(same.History!.Select(e => e.Type), Does.Not.Contain(TicketEventType.PriorityChanged));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Customers_agents_and_integrations_may_not_change_a_priority()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        var agent = await Desk.AddAwayAgentAsync();
        var integration = await Desk.IntegrationAsync();

        foreach (var api in new[] { customer.Api, agent.Api, integration })
        {
            AssertProblem(await api.ChangeTicketPriorityAsync(ticket.Id, TicketPriority.Low), HttpStatusCode.Forbidden);
        }

        var manager = await Desk.ManagerAsync();
        Assert.That((await manager.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK).Priority, Is.EqualTo(TicketPriority.High));
    }

    [Test]
    public async Task An_unknown_ticket_is_404()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.ChangeTicketPriorityAsync(Guid.NewGuid(), TicketPriority.Low), HttpStatusCode.NotFound);
    }

    [TestCase("{}")]
    [TestCase("{\"priority\":\"Urgent\"}")]
    [TestCase("{\"priority\":0}")]
    public async Task A_body_without_a_known_priority_is_a_400(string body)
    {
        var ticket = await OpenAsync();
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.SendTextAsync(HttpMethod.Put, $"/api/tickets/{ticket.Id}/priority", body),
            HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_resolved_ticket_keeps_its_priority_with_a_409()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        (await agent.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await manager.ChangeTicketPriorityAsync(ticket.Id, TicketPriority.Low),
            HttpStatusCode.Conflict, "ticket.invalid_transition");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_list_filters_by_one_or_more_priorities()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 5));
        async Task<Guid> Open(ReturnReason reason) =>
            (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: reason))).Expect(HttpStatusCode.Created).Id;
        var high = await Open(ReturnReason.Defective);
        var normal = await Open(ReturnReason.Other);
        var low = await Open(ReturnReason.NoLongerNeeded);
        var manager = await Desk.ManagerAsync();
        var scope = $"?customerId={customer.Customer.Id}";

        var lows = (await manager.GetTicketsAsync($"{scope}&priority=Low")).Expect(HttpStatusCode.OK);
        var highOrNormal = (await manager.GetTicketsAsync($"{scope}&priority=High&priority=Normal")).Expect(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lows.Items.Select(t => t.Id), Is.EqualTo(new[] { low }));
            Assert.That(lows.TotalCount, Is.EqualTo(1));
            Assert.That(highOrNormal.Items.Select(t => t.Id), Is.EquivalentTo(new[] { high, normal }));
        }

        AssertProblem(await manager.GetAsync($"/api/tickets{scope}&priority=Urgent"), HttpStatusCode.BadRequest);
    }
}
