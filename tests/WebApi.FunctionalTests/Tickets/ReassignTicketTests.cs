namespace SupportDesk.WebApi.FunctionalTests.Tickets;

/// <summary>A manager moves a stuck ticket in progress: back to the queue (the assignment job picks it up again) or
/// over to another free agent. Recorded in the history and the event feed; every refusal changes nothing.</summary>
public sealed class ReassignTicketTests : FunctionalTest
{
    /// <summary>A ticket in progress with a new agent, and the agent.</summary>
    private async Task<(TicketResponse Ticket, AgentSession Holder)> HeldTicketAsync()
    {
        var holder = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        return (await Desk.AssignedEventuallyAsync(ticket.Id, holder), holder);
    }

    [Test]
    public async Task Back_to_the_queue_the_ticket_goes_to_the_next_free_agent_with_the_move_recorded()
    {
        var (ticket, holder) = await HeldTicketAsync();
        var next = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();

        var moved = (await manager.ReassignTicketAsync(ticket.Id, null)).Expect(HttpStatusCode.OK);

        Assert.That(moved.History!.Last().Type, Is.EqualTo(TicketEventType.ReturnedToQueue));
        Assert.That(moved.History!.Last().Actor, Is.EqualTo("Manager"));
        // The freed holder is last in line (free since just now): the agent waiting longer takes it.
        var taken = await Desk.AssignedEventuallyAsync(ticket.Id, next);
        Assert.That(taken.History!.Select(e => e.Type), Is.EqualTo(new[]
        {
            TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.ReturnedToQueue, TicketEventType.Assigned,
        }));
        var was = (await manager.GetAgentAsync(holder.Id)).Expect(HttpStatusCode.OK);
        Assert.That(was.CurrentTicketId, Is.Null);
        await Eventually.Until(() => manager.GetEventsAsync("?type=ticket.returned_to_queue&limit=500"),
            r => r.Value.Items.Any(e => e.Data.GetProperty("id").GetGuid() == ticket.Id), "the move is in the feed");
    }

    [Test]
    public async Task To_a_free_agent_the_ticket_is_theirs_at_once_and_the_holder_is_free()
    {
        var (ticket, holder) = await HeldTicketAsync();
        var to = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();

        var moved = (await manager.ReassignTicketAsync(ticket.Id, to.Id)).Expect(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(moved.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(moved.AssignedAgentId, Is.EqualTo(to.Id));
            Assert.That(moved.History!.Last().Type, Is.EqualTo(TicketEventType.Assigned));
            Assert.That(moved.History!.Last().Detail, Does.Contain(to.Agent.FullName));
            Assert.That((await manager.GetAgentAsync(holder.Id)).Expect(HttpStatusCode.OK).CurrentTicketId, Is.Null);
            Assert.That((await manager.GetAgentAsync(to.Id)).Expect(HttpStatusCode.OK).CurrentTicketId, Is.EqualTo(ticket.Id));
        }

        // The old holder may no longer resolve it; the new one does.
        AssertProblem(await holder.Api.ResolveTicketAsync(ticket.Id), HttpStatusCode.Forbidden);
        (await to.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var feed = await Eventually.Until(() => manager.GetEventsAsync("?type=ticket.assigned&limit=500"),
            r => r.Value.Items.Count(e => e.Data.GetProperty("id").GetGuid() == ticket.Id) == 2, "both assignments are in the feed");
        Assert.That(feed.Value.Items.Last(e => e.Data.GetProperty("id").GetGuid() == ticket.Id)
            .Data.GetProperty("assignedAgentId").GetGuid(), Is.EqualTo(to.Id));
    }

    [Test]
    public async Task A_waiting_ticket_is_a_409_and_nothing_changes()
    {
        var away = await Desk.AddAwayAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await manager.ReassignTicketAsync(ticket.Id, null), HttpStatusCode.Conflict, "ticket.invalid_transition");
        AssertProblem(await manager.ReassignTicketAsync(ticket.Id, away.Id), HttpStatusCode.Conflict, "ticket.invalid_transition");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_busy_an_away_or_a_removed_agent_is_a_409_and_nothing_changes()
    {
        var (ticket, _) = await HeldTicketAsync();
        var (_, busy) = await HeldTicketAsync();
        var away = await Desk.AddAwayAgentAsync();
        var removed = await Desk.AddAwayAgentAsync();
        var manager = await Desk.ManagerAsync();
        (await manager.RemoveAgentAsync(removed.Id)).Expect(HttpStatusCode.NoContent);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await manager.ReassignTicketAsync(ticket.Id, busy.Id), HttpStatusCode.Conflict, "agent.busy");
        AssertProblem(await manager.ReassignTicketAsync(ticket.Id, away.Id), HttpStatusCode.Conflict, "agent.unavailable");
        AssertProblem(await manager.ReassignTicketAsync(ticket.Id, removed.Id), HttpStatusCode.Conflict, "agent.removed");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_unknown_ticket_or_agent_is_a_404()
    {
        var (ticket, _) = await HeldTicketAsync();
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.ReassignTicketAsync(Guid.NewGuid(), null), HttpStatusCode.NotFound);
        AssertProblem(await manager.ReassignTicketAsync(ticket.Id, Guid.NewGuid()), HttpStatusCode.NotFound);
    }

    [TestCase("{\"agentId\":\"00000000-0000-0000-0000-000000000000\"}")]
    [TestCase("{\"agentId\":\"somebody\"}")]
    [TestCase("{\"agentId\":7}")]
    public async Task A_malformed_agent_is_a_400_and_nothing_changes(string body)
    {
        var (ticket, _) = await HeldTicketAsync();
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await manager.SendTextAsync(HttpMethod.Post, $"/api/tickets/{ticket.Id}/reassign", body), HttpStatusCode.BadRequest);
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Customers_agents_and_integrations_may_not_move_a_ticket()
    {
        var (ticket, holder) = await HeldTicketAsync();
        var customer = await Desk.RegisterCustomerAsync();
        var integration = await Desk.IntegrationAsync();

        foreach (var api in new[] { customer.Api, holder.Api, integration })
        {
            AssertProblem(await api.ReassignTicketAsync(ticket.Id, null), HttpStatusCode.Forbidden);
        }

        var manager = await Desk.ManagerAsync();
        Assert.That((await manager.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK).AssignedAgentId, Is.EqualTo(holder.Id));
    }
}
