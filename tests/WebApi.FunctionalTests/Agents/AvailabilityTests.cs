namespace SupportDesk.WebApi.FunctionalTests.Agents;

public sealed class AvailabilityTests : FunctionalTest
{
    [Test]
    public async Task An_agent_goes_away_and_comes_back()
    {
        var agent = await Desk.AddAgentAsync();

        var away = (await agent.Api.SetAvailabilityAsync(agent.Id, available: false)).Expect(HttpStatusCode.OK);
        var back = (await agent.Api.SetAvailabilityAsync(agent.Id, available: true)).Expect(HttpStatusCode.OK);

        Assert.That(away.Status, Is.EqualTo(AgentStatus.Away));
        Assert.That(back.Status, Is.EqualTo(AgentStatus.Available));
        Assert.That(back.AvailableSince, Is.GreaterThan(agent.Agent.AvailableSince), "coming back starts a new wait");
    }

    [Test]
    public async Task The_manager_sets_an_agent_away()
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();

        var away = (await manager.SetAvailabilityAsync(agent.Id, available: false)).Expect(HttpStatusCode.OK);

        Assert.That(away.Status, Is.EqualTo(AgentStatus.Away));
        Assert.That((await agent.Api.GetMyAgentAsync()).Expect(HttpStatusCode.OK).Agent.Status, Is.EqualTo(AgentStatus.Away));
    }

    [Test]
    public async Task Another_agent_cannot_change_an_agents_availability()
    {
        var agent = await Desk.AddAgentAsync();
        var colleague = await Desk.AddAgentAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await colleague.Api.SetAvailabilityAsync(agent.Id, available: false);

        AssertProblem(response, HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_availability_of_an_unknown_agent_is_404()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.SetAvailabilityAsync(Guid.NewGuid(), available: false), HttpStatusCode.NotFound, "agent.not_found");
    }

    [Test]
    public async Task A_removed_agent_cannot_be_made_available()
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();
        (await manager.RemoveAgentAsync(agent.Id)).Expect(HttpStatusCode.NoContent);

        AssertProblem(await manager.SetAvailabilityAsync(agent.Id, available: true), HttpStatusCode.Conflict, "agent.removed");
    }

    [Test]
    public async Task An_away_agent_is_passed_over_for_a_new_ticket()
    {
        // Away was added first, so it would be the longest free; the ticket goes to the available one.
        var away = await Desk.AddAwayAgentAsync("Away Agent");
        var available = await Desk.AddAgentAsync("Available Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var ticket = await Desk.OpenTicketAsync(customer, order);

        await Desk.AssignedEventuallyAsync(ticket.Id, available);
        Assert.That((await away.Api.GetMyAgentAsync()).Expect(HttpStatusCode.OK).CurrentTicket, Is.Null);
    }

    [Test]
    public async Task An_agent_coming_back_takes_the_waiting_ticket()
    {
        var agent = await Desk.AddAwayAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);

        (await agent.Api.SetAvailabilityAsync(agent.Id, available: true)).Expect(HttpStatusCode.OK);

        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
    }

    [Test]
    public async Task Going_away_keeps_the_current_ticket_and_takes_no_new_one_after_it()
    {
        var agent = await Desk.AddAgentAsync("Busy Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 5));
        var current = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(current.Id, agent);

        var away = (await agent.Api.SetAvailabilityAsync(agent.Id, available: false)).Expect(HttpStatusCode.OK);
        Assert.That((away.Status, away.CurrentTicketId), Is.EqualTo((AgentStatus.Busy, (Guid?)current.Id)), "still working on it");

        var waiting = await Desk.OpenTicketAsync(customer, order);
        (await agent.Api.ResolveTicketAsync(current.Id)).Expect(HttpStatusCode.OK);
        var other = await Desk.AddAgentAsync("Other Agent");
        await Desk.AssignedEventuallyAsync(waiting.Id, other);
        Assert.That((await agent.Api.GetMyAgentAsync()).Expect(HttpStatusCode.OK).Agent.Status, Is.EqualTo(AgentStatus.Away));
    }
}
