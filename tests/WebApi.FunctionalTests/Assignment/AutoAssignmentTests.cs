namespace SupportDesk.WebApi.FunctionalTests.Assignment;

/// <summary>
/// The assignment job runs in the background, right after each change and on a 1-second sweep here: tests wait for
/// its effect with a bound (<see cref="Eventually"/>), and prove a ticket was passed over by watching another agent
/// take it rather than by waiting for nothing to happen.
/// </summary>
public sealed class AutoAssignmentTests : FunctionalTest
{
    [Test]
    public async Task A_ticket_opened_while_an_agent_is_free_goes_in_progress_with_that_agent()
    {
        var agent = await Desk.AddAgentAsync("Ada Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var opened = await Desk.OpenTicketAsync(customer, order);

        var ticket = await Desk.AssignedEventuallyAsync(opened.Id, agent);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ticket.AssignedAgentName, Is.EqualTo("Ada Agent"));
            Assert.That(ticket.AssignedAt, Is.Not.Null.And.GreaterThanOrEqualTo(ticket.CreatedAt));
            Assert.That(ticket.History!.Select(e => e.Type), Is.EqualTo(new[] { TicketEventType.Opened, TicketEventType.Assigned }));
        }

        var desk = (await agent.Api.GetMyAgentAsync()).Expect(HttpStatusCode.OK);
        Assert.That(desk.Agent.Status, Is.EqualTo(AgentStatus.Busy));
        Assert.That(desk.Agent.CurrentTicketId, Is.EqualTo(opened.Id));
    }

    [Test]
    public async Task The_customer_sees_who_works_on_their_ticket()
    {
        var agent = await Desk.AddAgentAsync("Bea Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var opened = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(opened.Id, agent);

        var seen = (await customer.Api.GetTicketAsync(opened.Id)).Expect(HttpStatusCode.OK);

        // A customer is told the agent's first name only (issue 17: staff details stay out of what customers read).
        Assert.That((seen.Status, seen.AssignedAgentId, seen.AssignedAgentName), Is.EqualTo((TicketStatus.InProgress, (Guid?)agent.Id, "Bea")));
    }

    [Test]
    public async Task When_the_agent_resolves_the_oldest_waiting_ticket_is_taken_next()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 10));
        var first = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(first.Id, agent);
        var older = await Desk.OpenTicketAsync(customer, order);
        var newer = await Desk.OpenTicketAsync(customer, order);

        (await agent.Api.ResolveTicketAsync(first.Id)).Expect(HttpStatusCode.OK);

        await Desk.AssignedEventuallyAsync(older.Id, agent);
        var manager = await Desk.ManagerAsync();
        Assert.That((await manager.GetTicketAsync(newer.Id)).Expect(HttpStatusCode.OK).Status, Is.EqualTo(TicketStatus.Open),
            "one ticket at a time: the newer one keeps waiting");
    }

    [Test]
    public async Task Waiting_tickets_are_taken_oldest_first()
    {
        var agent = await Desk.AddAwayAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 10));
        var tickets = new List<TicketResponse>();
        for (var i = 0; i < 3; i++)
        {
            tickets.Add(await Desk.OpenTicketAsync(customer, order));
        }

        (await agent.Api.SetAvailabilityAsync(agent.Id, available: true)).Expect(HttpStatusCode.OK);

        foreach (var ticket in tickets)
        {
            await Desk.AssignedEventuallyAsync(ticket.Id, agent);
            (await agent.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task A_waiting_ticket_goes_to_the_agent_free_for_the_longest_time()
    {
        var first = await Desk.AddAgentAsync("First Agent");
        var second = await Desk.AddAgentAsync("Second Agent");
        var third = await Desk.AddAgentAsync("Third Agent");
        // The first agent steps away and comes back: it is now the most recently free of the three.
        (await first.Api.SetAvailabilityAsync(first.Id, available: false)).Expect(HttpStatusCode.OK);
        (await first.Api.SetAvailabilityAsync(first.Id, available: true)).Expect(HttpStatusCode.OK);
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 10));

        var a = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(a.Id, second);
        var b = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(b.Id, third);
        var c = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(c.Id, first);
    }

    [Test]
    public async Task An_agent_added_while_tickets_wait_takes_the_oldest()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 10));
        var older = await Desk.OpenTicketAsync(customer, order);
        await Desk.OpenTicketAsync(customer, order);

        var agent = await Desk.AddAgentAsync();

        await Desk.AssignedEventuallyAsync(older.Id, agent);
    }

    [Test]
    public async Task An_agent_never_holds_two_tickets()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 10));
        var opened = new List<TicketResponse>();
        for (var i = 0; i < 4; i++)
        {
            opened.Add(await Desk.OpenTicketAsync(customer, order));
        }

        var manager = await Desk.ManagerAsync();

        await Eventually.Until(async () => (await manager.GetTicketsAsync("?status=InProgress")).Expect(HttpStatusCode.OK),
            page => page.TotalCount > 0, "one of the tickets is taken");
        // A second agent takes exactly one more: the first agent did not take a second one meanwhile.
        await Desk.AddAgentAsync();
        var inProgress = await Eventually.Until(async () => (await manager.GetTicketsAsync("?status=InProgress")).Expect(HttpStatusCode.OK),
            page => page.TotalCount == 2, "the second agent takes one");

        Assert.That(inProgress.Items.Select(t => t.AssignedAgentId), Is.Unique);
        Assert.That(inProgress.Items.Select(t => t.Id), Is.SubsetOf(opened.Select(t => t.Id)));
        Assert.That((await manager.GetTicketsAsync("?status=Open")).Expect(HttpStatusCode.OK).TotalCount, Is.EqualTo(2));
    }
}
