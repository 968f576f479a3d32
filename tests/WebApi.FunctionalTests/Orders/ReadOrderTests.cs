namespace SupportDesk.WebApi.FunctionalTests.Orders;

public sealed class ReadOrderTests : FunctionalTest
{
    [Test]
    public async Task A_customer_lists_only_their_own_orders()
    {
        var (alice, aliceOrder) = await Desk.CustomerWithOrderAsync();
        var (_, bobOrder) = await Desk.CustomerWithOrderAsync();

        var page = (await alice.Api.GetOrdersAsync()).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(o => o.Id), Is.EqualTo(new[] { aliceOrder.Id }));
        Assert.That(page.TotalCount, Is.EqualTo(1));
        Assert.That(page.Items.Select(o => o.Id), Does.Not.Contain(bobOrder.Id));
    }

    [Test]
    public async Task A_customer_cannot_widen_their_list_with_another_customers_id()
    {
        var (alice, aliceOrder) = await Desk.CustomerWithOrderAsync();
        var (_, bobOrder) = await Desk.CustomerWithOrderAsync();

        var page = (await alice.Api.GetOrdersAsync($"?customerId={bobOrder.CustomerId}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(o => o.Id), Is.EqualTo(new[] { aliceOrder.Id }));
    }

    [Test]
    public async Task The_manager_lists_every_order_as_a_page()
    {
        var (_, first) = await Desk.CustomerWithOrderAsync();
        var (_, second) = await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();

        var response = await manager.GetOrdersAsync();

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
        var json = response.Json;
        Assert.That(new[] { "items", "page", "pageSize", "totalCount" }.All(p => json.TryGetProperty(p, out _)), Is.True, response.Body);
        Assert.That(response.Value.Items.Select(o => o.Id), Is.EquivalentTo(new[] { first.Id, second.Id }));
        Assert.That(response.Value.TotalCount, Is.EqualTo(2));
    }

    [Test]
    public async Task The_manager_filters_orders_by_customer()
    {
        var (alice, aliceOrder) = await Desk.CustomerWithOrderAsync();
        await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();

        var page = (await manager.GetOrdersAsync($"?customerId={alice.Customer.Id}")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(o => o.Id), Is.EqualTo(new[] { aliceOrder.Id }));
    }

    [Test]
    public async Task Orders_are_paged()
    {
        var customer = await Desk.RegisterCustomerAsync();
        for (var i = 0; i < 3; i++)
        {
            await Desk.ImportOrderAsync(customer.Email);
        }

        var page = (await customer.Api.GetOrdersAsync("?page=2&pageSize=2")).Expect(HttpStatusCode.OK);

        Assert.That((page.Page, page.PageSize, page.TotalCount, page.Items.Count), Is.EqualTo((2, 2, 3, 1)));
    }

    [Test]
    public async Task A_page_size_over_100_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var problem = AssertProblem(await manager.GetOrdersAsync("?pageSize=101"), HttpStatusCode.BadRequest, "request.validation");

        Assert.That(problem.Errors, Does.ContainKey("pageSize"));
    }

    [Test]
    public async Task A_customer_reads_their_own_order_with_its_lines()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        var read = (await customer.Api.GetOrderAsync(order.Id)).Expect(HttpStatusCode.OK);

        Assert.That(read.Number, Is.EqualTo(order.Number));
        Assert.That(read.Lines.Select(l => l.Id), Is.EquivalentTo(order.Lines.Select(l => l.Id)));
    }

    [Test]
    public async Task Another_customers_order_is_404()
    {
        var (alice, _) = await Desk.CustomerWithOrderAsync();
        var (_, bobOrder) = await Desk.CustomerWithOrderAsync();

        AssertProblem(await alice.Api.GetOrderAsync(bobOrder.Id), HttpStatusCode.NotFound, "order.not_found");
    }

    [Test]
    public async Task An_unknown_order_is_404()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetOrderAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "order.not_found");
    }

    [Test]
    public async Task The_manager_reads_any_order()
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();

        Assert.That((await manager.GetOrderAsync(order.Id)).Expect(HttpStatusCode.OK).Id, Is.EqualTo(order.Id));
    }

    [Test]
    public async Task An_agent_cannot_read_orders()
    {
        var agent = await Desk.AddAgentAsync();

        AssertProblem(await agent.Api.GetOrdersAsync(), HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
