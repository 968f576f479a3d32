namespace SupportDesk.WebApi.FunctionalTests.Agents;

public sealed class MyAgentTests : FunctionalTest
{
    [Test]
    public async Task A_free_agent_sees_its_status_and_no_ticket()
    {
        var agent = await Desk.AddAgentAsync("Free Agent");

        var me = (await agent.Api.GetMyAgentAsync()).Expect(HttpStatusCode.OK);

        Assert.That(me.Agent, Is.EqualTo(agent.Agent));
        Assert.That(me.CurrentTicket, Is.Null);
    }

    [Test]
    public async Task A_busy_agent_sees_its_current_ticket_with_history()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);

        var me = (await agent.Api.GetMyAgentAsync()).Expect(HttpStatusCode.OK);

        Assert.That(me.Agent.Status, Is.EqualTo(AgentStatus.Busy));
        Assert.That(me.Agent.CurrentTicketId, Is.EqualTo(ticket.Id));
        Assert.That(me.CurrentTicket?.Id, Is.EqualTo(ticket.Id));
        Assert.That(me.CurrentTicket!.History!.Select(e => e.Type), Is.EqualTo(new[] { TicketEventType.Opened, TicketEventType.Assigned }));
    }

    [Test]
    public async Task A_customer_is_refused_the_agents_desk()
    {
        var customer = await Desk.RegisterCustomerAsync();

        AssertProblem(await customer.Api.GetMyAgentAsync(), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task The_manager_is_refused_the_agents_desk()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetMyAgentAsync(), HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
