namespace SupportDesk.WebApi.FunctionalTests.Tickets;

public sealed class ResolveTicketTests : FunctionalTest
{
    private async Task<(AgentSession Agent, TicketResponse Ticket)> TicketInProgressAsync(string agentName = "Rita Agent")
    {
        var agent = await Desk.AddAgentAsync(agentName);
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        return (agent, await Desk.AssignedEventuallyAsync(ticket.Id, agent));
    }

    [Test]
    public async Task The_holding_agent_resolves_the_ticket()
    {
        var (agent, ticket) = await TicketInProgressAsync();

        var response = await agent.Api.ResolveTicketAsync(ticket.Id, ResolutionOutcome.StoreCredit, "Credit of 49.90 issued.");

        var resolved = response.Expect(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolved.Status, Is.EqualTo(TicketStatus.Resolved));
            Assert.That(resolved.Outcome, Is.EqualTo(ResolutionOutcome.StoreCredit));
            Assert.That(resolved.ResolutionNote, Is.EqualTo("Credit of 49.90 issued."));
            Assert.That(resolved.ResolvedAt, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(resolved.AssignedAgentId, Is.EqualTo(agent.Id), "the resolver stays on record");
            Assert.That(resolved.History!.Last().Type, Is.EqualTo(TicketEventType.Resolved));
        }
    }

    [Test]
    public async Task Resolving_frees_the_agent()
    {
        var (agent, ticket) = await TicketInProgressAsync();

        (await agent.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);

        var me = (await agent.Api.GetMyAgentAsync()).Expect(HttpStatusCode.OK);
        Assert.That(me.Agent.Status, Is.EqualTo(AgentStatus.Available));
        Assert.That(me.Agent.CurrentTicketId, Is.Null);
        Assert.That(me.CurrentTicket, Is.Null);
    }

    [Test]
    public async Task Resolving_twice_is_a_conflict()
    {
        var (agent, ticket) = await TicketInProgressAsync();
        (await agent.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await agent.Api.ResolveTicketAsync(ticket.Id, ResolutionOutcome.Rejected, "Changed my mind.");

        AssertProblem(response, HttpStatusCode.Conflict, "ticket.invalid_transition");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Resolving_another_agents_ticket_is_forbidden()
    {
        var (holder, ticket) = await TicketInProgressAsync("Holder Agent");
        var other = await Desk.AddAgentAsync("Other Agent");
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await other.Api.ResolveTicketAsync(ticket.Id);

        AssertProblem(response, HttpStatusCode.Forbidden, "ticket.not_holder");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
        Assert.That((await holder.Api.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK).Status, Is.EqualTo(TicketStatus.InProgress));
    }

    [Test]
    public async Task Resolving_an_open_ticket_is_a_conflict()
    {
        var (agent, _) = await TicketInProgressAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var waiting = await Desk.OpenTicketAsync(customer, order);

        var response = await agent.Api.ResolveTicketAsync(waiting.Id);

        AssertProblem(response, HttpStatusCode.Conflict, "ticket.invalid_transition");
        Assert.That((await agent.Api.GetTicketAsync(waiting.Id)).Expect(HttpStatusCode.OK).Status, Is.EqualTo(TicketStatus.Open));
    }

    [Test]
    public async Task Resolving_an_unknown_ticket_is_404()
    {
        var agent = await Desk.AddAgentAsync();

        AssertProblem(await agent.Api.ResolveTicketAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "ticket.not_found");
    }

    [Test]
    public async Task Resolving_without_a_note_is_refused()
    {
        var (agent, ticket) = await TicketInProgressAsync();

        var problem = AssertProblem(await agent.Api.ResolveTicketAsync(ticket.Id, ResolutionOutcome.Refund, " "), HttpStatusCode.BadRequest,
            "request.validation");

        Assert.That(problem.Errors, Does.ContainKey("note"));
    }

    [Test]
    public async Task The_manager_cannot_resolve_a_ticket()
    {
        var (_, ticket) = await TicketInProgressAsync();
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.ResolveTicketAsync(ticket.Id), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task The_customer_cannot_resolve_their_own_ticket()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);

        AssertProblem(await customer.Api.ResolveTicketAsync(ticket.Id), HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
