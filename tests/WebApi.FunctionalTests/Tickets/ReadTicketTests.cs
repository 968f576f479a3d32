namespace SupportDesk.WebApi.FunctionalTests.Tickets;

public sealed class ReadTicketTests : FunctionalTest
{
    [Test]
    public async Task The_owner_reads_their_ticket_with_its_history()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var opened = await Desk.OpenTicketAsync(customer, order);

        var ticket = (await customer.Api.GetTicketAsync(opened.Id)).Expect(HttpStatusCode.OK);

        Assert.That(ticket.Number, Is.EqualTo(opened.Number));
        Assert.That(ticket.History, Has.Count.EqualTo(1));
        Assert.That(ticket.History![0].Type, Is.EqualTo(TicketEventType.Opened));
        Assert.That(ticket.History[0].Actor, Is.EqualTo(customer.Customer.FullName));
    }

    [Test]
    public async Task The_history_tells_who_did_what_from_opening_to_resolution()
    {
        var agent = await Desk.AddAgentAsync("Hal Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var opened = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(opened.Id, agent);
        (await agent.Api.ResolveTicketAsync(opened.Id, ResolutionOutcome.Replacement, "New kettle sent.")).Expect(HttpStatusCode.OK);

        var ticket = (await customer.Api.GetTicketAsync(opened.Id)).Expect(HttpStatusCode.OK);

        var history = ticket.History!;
        Assert.That(history.Select(e => e.Type), Is.EqualTo(new[] { TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Resolved }));
        Assert.That(history.Select(e => e.At), Is.Ordered);
        // The customer reads the agent's first name only (issue 17); the staff read the full name.
        Assert.That(history[2].Actor, Is.EqualTo("Hal"));
        var staff = (await (await Desk.ManagerAsync()).GetTicketAsync(opened.Id)).Expect(HttpStatusCode.OK);
        Assert.That(staff.History![2].Actor, Is.EqualTo("Hal Agent"));
        Assert.That((ticket.Outcome, ticket.ResolutionNote), Is.EqualTo(((ResolutionOutcome?)ResolutionOutcome.Replacement, "New kettle sent.")));
    }

    [Test]
    public async Task A_customer_sees_a_role_label_not_the_managers_email_when_the_agent_is_removed()
    {
        var agent = await Desk.AddAgentAsync("Leaving Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        (await (await Desk.ManagerAsync()).RemoveAgentAsync(agent.Id)).Expect(HttpStatusCode.NoContent);

        var seen = (await customer.Api.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var staff = (await (await Desk.ManagerAsync()).GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);

        // The staff read who put it back (a role, never the manager's email); the customer does not read the desk's
        // own business at all (issue 17).
        var returned = staff.History!.Single(e => e.Type == TicketEventType.ReturnedToQueue);
        Assert.That(returned.Actor, Is.EqualTo("Manager"));
        Assert.That(staff.History!.Select(e => e.Actor + " " + e.Detail), Has.None.Contain(SupportDeskApiFactory.ManagerEmail));
        Assert.That(seen.History!.Select(e => e.Type), Has.None.EqualTo(TicketEventType.ReturnedToQueue));
        Assert.That(seen.History!.Select(e => e.Actor + " " + e.Detail), Has.None.Contain(SupportDeskApiFactory.ManagerEmail).And.None.Contain("Leaving Agent"));
    }

    [Test]
    public async Task Another_customers_ticket_is_404()
    {
        var (alice, aliceOrder) = await Desk.CustomerWithOrderAsync();
        var alicesTicket = await Desk.OpenTicketAsync(alice, aliceOrder);
        var bob = await Desk.RegisterCustomerAsync();

        AssertProblem(await bob.Api.GetTicketAsync(alicesTicket.Id), HttpStatusCode.NotFound, "ticket.not_found");
    }

    [Test]
    public async Task An_unknown_ticket_is_404()
    {
        var customer = await Desk.RegisterCustomerAsync();

        AssertProblem(await customer.Api.GetTicketAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "ticket.not_found");
    }

    [Test]
    public async Task An_agent_reads_any_ticket()
    {
        var agent = await Desk.AddAwayAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var opened = await Desk.OpenTicketAsync(customer, order);

        Assert.That((await agent.Api.GetTicketAsync(opened.Id)).Expect(HttpStatusCode.OK).Id, Is.EqualTo(opened.Id));
    }

    [Test]
    public async Task The_manager_reads_any_ticket()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var opened = await Desk.OpenTicketAsync(customer, order);
        var manager = await Desk.ManagerAsync();

        Assert.That((await manager.GetTicketAsync(opened.Id)).Expect(HttpStatusCode.OK).Id, Is.EqualTo(opened.Id));
    }
}
