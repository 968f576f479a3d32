namespace SupportDesk.WebApi.FunctionalTests.Tickets;

public sealed class OpenTicketTests : FunctionalTest
{
    private static readonly string[] ContractFields =
    [
        "id", "number", "status", "customerId", "orderId", "orderLineId", "quantity", "reason", "description",
        "assignedAgentId", "assignedAgentName", "createdAt", "assignedAt", "resolvedAt", "outcome", "resolutionNote", "history",
    ];

    [Test]
    public async Task A_customer_opens_a_ticket_on_a_line_of_their_order_and_gets_201_with_its_location()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var response = await customer.Api.OpenTicketAsync(new OpenTicketRequest(order.Id, order.Lines[0].Id, 2, ReturnReason.Defective, "Stops heating."));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
        var ticket = response.Value;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo($"/api/tickets/{ticket.Id}"));
            Assert.That(ticket.Number, Is.Not.Empty);
            Assert.That(ticket.Status, Is.EqualTo(TicketStatus.Open), "no agent yet: it waits in the queue");
            Assert.That((ticket.CustomerId, ticket.OrderId, ticket.OrderLineId), Is.EqualTo((customer.Customer.Id, order.Id, order.Lines[0].Id)));
            Assert.That((ticket.Quantity, ticket.Reason, ticket.Description), Is.EqualTo((2, ReturnReason.Defective, "Stops heating.")));
            Assert.That(ticket.AssignedAgentId, Is.Null);
            Assert.That(ticket.CreatedAt, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(ticket.History!.Select(e => e.Type), Is.EqualTo(new[] { TicketEventType.Opened }));
        }
    }

    [Test]
    public async Task The_201_answer_is_the_ticket_as_it_reads_back()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var opened = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order));
        var read = await customer.Api.GetTicketAsync(opened.Expect(HttpStatusCode.Created).Id);
        read.Expect(HttpStatusCode.OK);

        Assert.That(opened.Body, Is.EqualTo(read.Body), "no agent is free, so nothing changed between the two");
    }

    [Test]
    public async Task A_ticket_answers_every_field_of_the_contract_in_camel_case_with_string_enums_and_utc_times()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order));

        response.Expect(HttpStatusCode.Created);
        var json = response.Json;
        Assert.That(ContractFields.Where(f => !json.TryGetProperty(f, out _)), Is.Empty, response.Body);
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("Open"));
        Assert.That(json.GetProperty("reason").GetString(), Is.EqualTo("Damaged"));
        Assert.That(json.GetProperty("createdAt").GetString(), Does.EndWith("Z"));
        var opened = json.GetProperty("history")[0];
        Assert.That(new[] { "type", "at", "actor", "detail" }.Where(f => !opened.TryGetProperty(f, out _)), Is.Empty, response.Body);
    }

    [Test]
    public async Task Opening_a_ticket_on_another_customers_order_is_404_and_changes_nothing()
    {
        var (alice, _) = await Desk.CustomerWithOrderAsync();
        var (_, bobOrder) = await Desk.CustomerWithOrderAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await alice.Api.OpenTicketAsync(Desk.TicketRequest(bobOrder));

        AssertProblem(response, HttpStatusCode.NotFound, "order.not_found");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Opening_a_ticket_on_an_unknown_order_is_404()
    {
        var customer = await Desk.RegisterCustomerAsync();

        var response = await customer.Api.OpenTicketAsync(new OpenTicketRequest(Guid.NewGuid(), Guid.NewGuid(), 1, ReturnReason.Other, "Lost."));

        AssertProblem(response, HttpStatusCode.NotFound, "order.not_found");
    }

    [Test]
    public async Task A_line_that_is_not_on_the_order_is_a_conflict()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var order = await Desk.ImportOrderAsync(customer.Email);
        var otherOrder = await Desk.ImportOrderAsync(customer.Email, Desk.Line("LAMP-3"));

        var response = await customer.Api.OpenTicketAsync(new OpenTicketRequest(order.Id, otherOrder.Lines[0].Id, 1, ReturnReason.Damaged, "Broken."));

        AssertProblem(response, HttpStatusCode.Conflict, "ticket.order_line_not_found");
    }

    [Test]
    public async Task More_items_than_the_line_holds_is_a_conflict()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", quantity: 2));
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, quantity: 3));

        AssertProblem(response, HttpStatusCode.Conflict, "ticket.quantity_exceeded");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Items_claimed_by_an_earlier_ticket_cannot_be_claimed_again()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", quantity: 3));
        await Desk.OpenTicketAsync(customer, order, quantity: 2);

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, quantity: 2));

        AssertProblem(response, HttpStatusCode.Conflict, "ticket.quantity_exceeded");
        Assert.That((await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, quantity: 1))).Status, Is.EqualTo(HttpStatusCode.Created),
            "the one item left can still be returned");
    }

    [Test]
    public async Task Items_of_a_rejected_ticket_can_be_claimed_again()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", quantity: 1));
        var first = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(first.Id, agent);
        (await agent.Api.ResolveTicketAsync(first.Id, ResolutionOutcome.Rejected, "No damage visible on the photos.")).Expect(HttpStatusCode.OK);

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
    }

    [Test]
    public async Task Items_of_a_refunded_ticket_cannot_be_claimed_again()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", quantity: 1));
        var first = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(first.Id, agent);
        (await agent.Api.ResolveTicketAsync(first.Id, ResolutionOutcome.Refund, "Refunded.")).Expect(HttpStatusCode.OK);

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order));

        AssertProblem(response, HttpStatusCode.Conflict, "ticket.quantity_exceeded");
    }

    [TestCase(0)]
    [TestCase(-1)]
    public async Task A_quantity_below_one_is_refused(int quantity)
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var problem = AssertProblem(await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, quantity)), HttpStatusCode.BadRequest,
            "request.validation");

        Assert.That(problem.Errors, Does.ContainKey("quantity"));
    }

    [Test]
    public async Task A_ticket_without_a_description_is_refused()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var problem = AssertProblem(await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, description: "  ")),
            HttpStatusCode.BadRequest, "request.validation");

        Assert.That(problem.Errors, Does.ContainKey("description"));
    }

    [Test]
    public async Task An_agent_cannot_open_a_ticket()
    {
        var agent = await Desk.AddAgentAsync();
        var (_, order) = await Desk.CustomerWithOrderAsync();

        AssertProblem(await agent.Api.OpenTicketAsync(Desk.TicketRequest(order)), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task The_manager_cannot_open_a_ticket()
    {
        var manager = await Desk.ManagerAsync();
        var (_, order) = await Desk.CustomerWithOrderAsync();

        AssertProblem(await manager.OpenTicketAsync(Desk.TicketRequest(order)), HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
