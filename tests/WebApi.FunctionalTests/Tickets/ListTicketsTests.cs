namespace SupportDesk.WebApi.FunctionalTests.Tickets;

/// <summary>
/// Read-only tests over one arrangement: the desk is reset and arranged once for the fixture, and no test changes it
/// (nothing is left for the assignment job to do: the one agent is busy).
/// </summary>
public sealed class ListTicketsTests
{
    private Desk Desk { get; } = new();
    private AgentSession _agent = null!;
    private CustomerSession _alice = null!;
    private CustomerSession _bob = null!;
    private OrderResponse _aliceOrder = null!;
    private TicketResponse _resolved = null!;
    private TicketResponse _inProgress = null!;
    private TicketResponse _open = null!;
    private TicketResponse _bobs = null!;

    /// <summary>Alice has a resolved, an in-progress and an open ticket (in that order); Bob has one open ticket.</summary>
    [OneTimeSetUp]
    public async Task ArrangeTicketsInEveryStatusAsync()
    {
        await FunctionalTestRun.ResetAsync();
        _agent = await Desk.AddAgentAsync("Ivy Agent");
        _alice = await Desk.RegisterCustomerAsync("Alice Buyer");
        _aliceOrder = await Desk.ImportOrderAsync(_alice.Email, Desk.Line("KETTLE-1", 5, productName: "Steel Kettle"),
            Desk.Line("TOASTER-2", 5, productName: "Red Toaster"));
        _resolved = await Desk.OpenTicketAsync(_alice, _aliceOrder, line: 0);
        await Desk.AssignedEventuallyAsync(_resolved.Id, _agent);
        _resolved = (await _agent.Api.ResolveTicketAsync(_resolved.Id)).Expect(HttpStatusCode.OK);
        _inProgress = await Desk.OpenTicketAsync(_alice, _aliceOrder, line: 1);
        _inProgress = await Desk.AssignedEventuallyAsync(_inProgress.Id, _agent);
        _open = await Desk.OpenTicketAsync(_alice, _aliceOrder, line: 0);
        _bob = await Desk.RegisterCustomerAsync("Bob Buyer");
        _bobs = await Desk.OpenTicketAsync(_bob, await Desk.ImportOrderAsync(_bob.Email, Desk.Line("LAMP-9", 1, productName: "Desk Lamp")));
    }

    [Test]
    public async Task The_manager_lists_every_ticket_newest_first_as_a_page()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.GetTicketsAsync();

        var page = response.Expect(HttpStatusCode.OK);
        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _bobs.Id, _open.Id, _inProgress.Id, _resolved.Id }));
        Assert.That((page.Page, page.PageSize, page.TotalCount), Is.EqualTo((1, 20, 4)));
    }

    [Test]
    public async Task The_shops_systems_list_every_ticket_and_read_one_with_its_history()
    {
        var integration = await Desk.IntegrationAsync();

        var page = (await integration.GetTicketsAsync()).Expect(HttpStatusCode.OK);
        var ticket = (await integration.GetTicketAsync(_resolved.Id)).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _bobs.Id, _open.Id, _inProgress.Id, _resolved.Id }));
        Assert.That(ticket.History!.Select(e => e.Type),
            Is.EqualTo(new[] { TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Resolved }));
    }

    [Test]
    public async Task A_customer_lists_only_their_own_tickets()
    {
        var page = (await _bob.Api.GetTicketsAsync()).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _bobs.Id }));
    }

    [Test]
    public async Task A_customer_cannot_see_another_customers_tickets_by_filtering_on_them()
    {
        var page = (await _bob.Api.GetTicketsAsync($"?customerId={_alice.Customer.Id}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.CustomerId), Is.All.EqualTo(_bob.Customer.Id));
    }

    [Test]
    public async Task An_agent_lists_every_ticket()
    {
        var page = (await _agent.Api.GetTicketsAsync()).Expect(HttpStatusCode.OK);

        Assert.That(page.TotalCount, Is.EqualTo(4));
    }

    [Test]
    public async Task Tickets_filter_by_one_status()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync("?status=InProgress")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _inProgress.Id }));
    }

    [Test]
    public async Task Tickets_filter_by_several_statuses_when_status_repeats()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync("?status=Open&status=Resolved")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EquivalentTo(new[] { _bobs.Id, _open.Id, _resolved.Id }));
    }

    [Test]
    public async Task Tickets_filter_by_agent()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync($"?agentId={_agent.Id}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EquivalentTo(new[] { _inProgress.Id, _resolved.Id }));
    }

    [Test]
    public async Task Tickets_filter_by_customer()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync($"?customerId={_bob.Customer.Id}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _bobs.Id }));
    }

    [Test]
    public async Task Filters_combine()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync($"?customerId={_alice.Customer.Id}&status=Open")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _open.Id }));
    }

    [Test]
    public async Task The_search_finds_a_ticket_by_its_number()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync($"?q={_open.Number}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _open.Id }));
    }

    [Test]
    public async Task The_search_finds_tickets_by_order_number()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync($"?q={_aliceOrder.Number}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EquivalentTo(new[] { _open.Id, _inProgress.Id, _resolved.Id }));
    }

    [Test]
    public async Task The_search_finds_tickets_by_sku()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync("?q=TOASTER-2")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _inProgress.Id }));
    }

    [Test]
    public async Task The_search_finds_tickets_by_part_of_the_product_name()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync("?q=Lamp")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _bobs.Id }));
    }

    [Test]
    public async Task The_search_finds_tickets_by_part_of_the_customers_email()
    {
        var manager = await Desk.ManagerAsync();
        var localPart = _bob.Email.Split('@')[0];

        var page = (await manager.GetTicketsAsync($"?q={localPart}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _bobs.Id }));
    }

    [Test]
    public async Task Tickets_are_paged()
    {
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetTicketsAsync("?page=2&pageSize=3")).Expect(HttpStatusCode.OK);

        Assert.That((page.Page, page.PageSize, page.TotalCount), Is.EqualTo((2, 3, 4)));
        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { _resolved.Id }));
    }

    [Test]
    public async Task A_page_size_of_100_is_allowed()
    {
        var manager = await Desk.ManagerAsync();

        Assert.That((await manager.GetTicketsAsync("?pageSize=100")).Expect(HttpStatusCode.OK).PageSize, Is.EqualTo(100));
    }

    [Test]
    public async Task A_page_size_of_101_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var problem = AssertProblem(await manager.GetTicketsAsync("?pageSize=101"), HttpStatusCode.BadRequest, "request.validation");

        Assert.That(problem.Errors, Does.ContainKey("pageSize"));
    }

    [TestCase("?page=0", "page")]
    [TestCase("?pageSize=0", "pageSize")]
    public async Task A_page_or_page_size_below_one_is_refused(string query, string field)
    {
        var manager = await Desk.ManagerAsync();

        var problem = AssertProblem(await manager.GetTicketsAsync(query), HttpStatusCode.BadRequest, "request.validation");

        Assert.That(problem.Errors, Does.ContainKey(field));
    }

    [TestCase("?status=Lost")]
    [TestCase("?agentId=not-a-guid")]
    [TestCase("?pageSize=ten")]
    public async Task A_malformed_filter_is_refused(string query)
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetTicketsAsync(query), HttpStatusCode.BadRequest);
    }

    private static ProblemResponse AssertProblem(ApiResponse response, HttpStatusCode status, string? code = null) =>
        Problems.Assert(response, status, code);

    [Test]
    public async Task A_search_of_more_than_200_characters_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var problem = AssertProblem(await manager.GetTicketsAsync("?q=" + new string('x', 201)), HttpStatusCode.BadRequest, "request.validation");

        Assert.That(problem.Errors, Does.ContainKey("q"));
    }
}
