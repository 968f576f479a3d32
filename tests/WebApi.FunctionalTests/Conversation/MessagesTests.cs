namespace SupportDesk.WebApi.FunctionalTests.Conversation;

public sealed class MessagesTests : FunctionalTest
{
    private async Task<(CustomerSession Customer, AgentSession Agent, TicketResponse Ticket)> TicketInProgressAsync()
    {
        var agent = await Desk.AddAgentAsync("Rita Moreno");
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        return (customer, agent, await Desk.AssignedEventuallyAsync(ticket.Id, agent));
    }

    [Test]
    public async Task The_customer_and_the_holding_agent_write_to_each_other()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();

        var question = (await agent.Api.AddMessageAsync(ticket.Id, new("Which colour did you expect?"))).Expect(HttpStatusCode.Created);
        var answer = (await customer.Api.AddMessageAsync(ticket.Id, new("Blue, as on the website."))).Expect(HttpStatusCode.Created);

        var thread = (await customer.Api.GetMessagesAsync(ticket.Id)).Expect(HttpStatusCode.OK).Items;
        var read = (await customer.Api.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var listed = (await customer.Api.GetTicketsAsync()).Expect(HttpStatusCode.OK).Items.Single(t => t.Id == ticket.Id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(thread.Select(m => m.Body), Is.EqualTo(new[] { "Which colour did you expect?", "Blue, as on the website." }));
            Assert.That(question.Author, Is.EqualTo(new MessageAuthorResponse(MessageAuthorRole.Agent, "Rita Moreno")), "staff read the full name");
            Assert.That(thread[0].Author, Is.EqualTo(new MessageAuthorResponse(MessageAuthorRole.Agent, "Rita")), "a customer reads the first name");
            Assert.That(thread[1].Author.Role, Is.EqualTo(MessageAuthorRole.Customer));
            Assert.That(thread.All(m => !m.Internal && m.TicketId == ticket.Id), Is.True);
            Assert.That(read.MessageCount, Is.EqualTo(2));
            Assert.That(read.LastMessageAt, Is.EqualTo(answer.CreatedAt));
            Assert.That(listed.MessageCount, Is.EqualTo(2));
            Assert.That(listed.LastMessageAt, Is.EqualTo(answer.CreatedAt));
        }
    }

    [Test]
    public async Task A_customer_never_sees_an_internal_note_in_any_answer()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        var manager = await Desk.ManagerAsync();
        var integration = await Desk.IntegrationAsync();
        (await agent.Api.AddMessageAsync(ticket.Id, new("We will refund you."))).Expect(HttpStatusCode.Created);
        (await agent.Api.AddMessageAsync(ticket.Id, new("SECRET-NOTE customer called twice", Internal: true))).Expect(HttpStatusCode.Created);
        (await manager.AddMessageAsync(ticket.Id, new("SECRET-NOTE approved by the manager", Internal: true))).Expect(HttpStatusCode.Created);

        var staffThread = (await manager.GetMessagesAsync(ticket.Id)).Expect(HttpStatusCode.OK).Items;
        var customerThread = (await customer.Api.GetMessagesAsync(ticket.Id)).Expect(HttpStatusCode.OK).Items;
        var integrationThread = (await integration.GetMessagesAsync(ticket.Id)).Expect(HttpStatusCode.OK).Items;
        var customerTicket = await customer.Api.GetTicketAsync(ticket.Id);
        var customerList = await customer.Api.GetTicketsAsync();
        // The public message's event is sequenced after the commit; once it is in the feed, so is anything before it.
        await Eventually.Until(() => manager.GetEventsAsync("?limit=500&type=ticket.message_added"),
            r => r.Expect(HttpStatusCode.OK).Items.Count > 0, "the public message's event");
        var events = await integration.GetEventsAsync("?limit=500");
        var managerEvents = await manager.GetEventsAsync("?limit=500");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(staffThread.Select(m => m.Internal), Is.EqualTo(new[] { false, true, true }));
            Assert.That(staffThread[2].Author, Is.EqualTo(new MessageAuthorResponse(MessageAuthorRole.Manager, "Manager")));
            Assert.That(customerThread.Select(m => m.Body), Is.EqualTo(new[] { "We will refund you." }));
            Assert.That(integrationThread.Select(m => m.Body), Is.EqualTo(new[] { "We will refund you." }));
            Assert.That(customerTicket.Expect(HttpStatusCode.OK).MessageCount, Is.EqualTo(1), "notes are not counted");
            foreach (var body in new[] { customerTicket.Body, customerList.Body, events.Body, managerEvents.Body })
            {
                Assert.That(body, Does.Not.Contain("SECRET-NOTE"));
            }

            Assert.That(managerEvents.Expect(HttpStatusCode.OK).Items.Count(e => e.Type == "ticket.message_added"), Is.EqualTo(1),
                "a note emits no event");
        }
    }

    [Test]
    public async Task A_message_to_the_customer_is_an_event_with_the_ticket()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        var manager = await Desk.ManagerAsync();

        (await agent.Api.AddMessageAsync(ticket.Id, new("Your label is on its way."))).Expect(HttpStatusCode.Created);

        var page = await Eventually.Until(() => manager.GetEventsAsync("?type=ticket.message_added"),
            r => r.Expect(HttpStatusCode.OK).Items.Any(e => e.Data.GetProperty("id").GetGuid() == ticket.Id), "the message_added event");
        var added = page.Value.Items.Single(e => e.Data.GetProperty("id").GetGuid() == ticket.Id);
        Assert.That(added.Data.GetProperty("messageCount").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Who_may_write_what_and_refusals_change_nothing()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        var other = await Desk.AddAgentAsync();
        var stranger = await Desk.RegisterCustomerAsync();
        var manager = await Desk.ManagerAsync();
        var integration = await Desk.IntegrationAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        using (Assert.EnterMultipleScope())
        {
            AssertProblem(await customer.Api.AddMessageAsync(ticket.Id, new("psst", Internal: true)), HttpStatusCode.Forbidden, "message.not_allowed");
            AssertProblem(await manager.AddMessageAsync(ticket.Id, new("Hello customer")), HttpStatusCode.Forbidden, "message.not_allowed");
            AssertProblem(await other.Api.AddMessageAsync(ticket.Id, new("Mine now")), HttpStatusCode.Forbidden, "ticket.not_holder");
            AssertProblem(await stranger.Api.AddMessageAsync(ticket.Id, new("Hello?")), HttpStatusCode.NotFound);
            AssertProblem(await stranger.Api.GetMessagesAsync(ticket.Id), HttpStatusCode.NotFound);
            AssertProblem(await integration.AddMessageAsync(ticket.Id, new("From the shop")), HttpStatusCode.Forbidden);
            AssertProblem(await Desk.Anonymous.AddMessageAsync(ticket.Id, new("Anyone?")), HttpStatusCode.Unauthorized);
            AssertProblem(await customer.Api.AddMessageAsync(Guid.NewGuid(), new("Where?")), HttpStatusCode.NotFound);
            AssertProblem(await customer.Api.AddMessageAsync(ticket.Id, new("   ")), HttpStatusCode.BadRequest, "request.validation");
            AssertProblem(await customer.Api.AddMessageAsync(ticket.Id, new(new string('x', 4001))), HttpStatusCode.BadRequest, "request.validation");
            AssertProblem(await customer.Api.AddMessageAsync(ticket.Id, new("Photo", AttachmentIds: [Guid.NewGuid()])),
                HttpStatusCode.BadRequest, "attachment.not_available");
        }

        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_resolved_ticket_takes_no_more_messages()
    {
        var (customer, agent, ticket) = await TicketInProgressAsync();
        (await agent.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await customer.Api.AddMessageAsync(ticket.Id, new("Thanks!")), HttpStatusCode.Conflict, "message.ticket_resolved");
        AssertProblem(await (await Desk.ManagerAsync()).AddMessageAsync(ticket.Id, new("Closing remark", Internal: true)),
            HttpStatusCode.Conflict, "message.ticket_resolved");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_waiting_ticket_takes_the_customer_s_messages()
    {
        await Desk.AddAwayAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);

        (await customer.Api.AddMessageAsync(ticket.Id, new("Also, the handle is loose."))).Expect(HttpStatusCode.Created);

        Assert.That((await customer.Api.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK).MessageCount, Is.EqualTo(1));
    }
}
