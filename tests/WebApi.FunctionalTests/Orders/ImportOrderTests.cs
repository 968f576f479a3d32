namespace SupportDesk.WebApi.FunctionalTests.Orders;

public sealed class ImportOrderTests : FunctionalTest
{
    private static ImportOrderRequest Order(string number, string email = "buyer@example.test", params OrderLineRequest[] lines) =>
        new(number, email, new DateTime(2026, 1, 15, 10, 30, 0, DateTimeKind.Utc),
            lines.Length > 0 ? lines : [Desk.Line("KETTLE-1", 2, 49.90m, "Kettle"), Desk.Line("MUG-7", 4, 7.25m, "Mug")]);

    [Test]
    public async Task The_manager_imports_an_order_and_gets_201_with_its_location_and_line_ids()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.ImportOrderAsync(Order("SO-1001"));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
        var order = response.Value;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo($"/api/orders/{order.Id}"));
            Assert.That(order.Number, Is.EqualTo("SO-1001"));
            Assert.That(order.CustomerId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(order.PlacedAt, Is.EqualTo(new DateTime(2026, 1, 15, 10, 30, 0, DateTimeKind.Utc)));
            Assert.That(order.Lines.Select(l => (l.Sku, l.ProductName, l.Quantity, l.UnitPrice)),
                Is.EquivalentTo(new[] { ("KETTLE-1", "Kettle", 2, 49.90m), ("MUG-7", "Mug", 4, 7.25m) }));
            Assert.That(order.Lines.Select(l => l.Id), Is.All.Not.EqualTo(Guid.Empty));
            Assert.That(order.Lines.Select(l => l.Id), Is.Unique);
        }
    }

    [Test]
    public async Task The_created_order_reads_back_the_same_at_its_location()
    {
        var manager = await Desk.ManagerAsync();
        var created = await manager.ImportOrderAsync(Order("SO-1002"));

        var read = (await manager.GetAsync<OrderResponse>(created.Headers.Location!.AbsolutePath)).Expect(HttpStatusCode.OK);

        Assert.That(read.Id, Is.EqualTo(created.Value.Id));
        Assert.That(read.Lines, Is.EquivalentTo(created.Value.Lines));
    }

    [Test]
    public async Task The_shops_integration_account_imports_orders()
    {
        var shop = await Desk.IntegrationAsync();

        var response = await shop.ImportOrderAsync(Order("SO-1003"));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
    }

    [Test]
    public async Task An_order_for_a_registered_customer_belongs_to_that_customer()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var manager = await Desk.ManagerAsync();

        var order = (await manager.ImportOrderAsync(Order("SO-1004", customer.Email.ToUpperInvariant()))).Expect(HttpStatusCode.Created);

        Assert.That(order.CustomerId, Is.EqualTo(customer.Customer.Id));
    }

    [Test]
    public async Task A_duplicate_order_number_is_a_conflict_and_changes_nothing()
    {
        var manager = await Desk.ManagerAsync();
        (await manager.ImportOrderAsync(Order("SO-1005"))).Expect(HttpStatusCode.Created);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.ImportOrderAsync(Order("SO-1005", "someone.else@example.test"));

        AssertProblem(response, HttpStatusCode.Conflict, "order.duplicate_number");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "no second order, no new customer");
    }

    [Test]
    public async Task An_order_without_lines_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.ImportOrderAsync(new ImportOrderRequest("SO-1006", "buyer@example.test", DateTime.UtcNow.AddDays(-1), []));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey("lines"));
    }

    [TestCase(0, 10.00, "lines[0].quantity")]
    [TestCase(-3, 10.00, "lines[0].quantity")]
    [TestCase(1, -0.01, "lines[0].unitPrice")]
    [TestCase(1, 1.001, "lines[0].unitPrice")]
    public async Task A_line_with_a_bad_quantity_or_price_is_refused_naming_the_line_field(int quantity, decimal unitPrice, string field)
    {
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.ImportOrderAsync(Order("SO-1007", "buyer@example.test", Desk.Line("KETTLE-1", quantity, unitPrice)));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey(field), response.ToString());
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing was imported");
    }

    [Test]
    public async Task A_line_without_sku_or_product_name_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.ImportOrderAsync(Order("SO-1008", "buyer@example.test", new OrderLineRequest("", "", 1, 1m)));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors!.Keys, Is.SupersetOf(new[] { "lines[0].sku", "lines[0].productName" }));
    }

    [Test]
    public async Task The_same_sku_on_two_lines_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.ImportOrderAsync(Order("SO-1009", "buyer@example.test", Desk.Line("KETTLE-1"), Desk.Line("kettle-1")));

        AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
    }

    [Test]
    public async Task An_order_placed_in_the_future_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.ImportOrderAsync(new ImportOrderRequest("SO-1010", "buyer@example.test", DateTime.UtcNow.AddDays(1), [Desk.Line()]));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey("placedAt"));
    }

    [Test]
    public async Task An_invalid_customer_email_is_refused()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.ImportOrderAsync(Order("SO-1011", "not-an-email"));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey("customerEmail"));
    }

    [Test]
    public async Task A_customer_cannot_import_orders()
    {
        var customer = await Desk.RegisterCustomerAsync();

        AssertProblem(await customer.Api.ImportOrderAsync(Order("SO-1012", customer.Email)), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task An_agent_cannot_import_orders()
    {
        var agent = await Desk.AddAgentAsync();

        AssertProblem(await agent.Api.ImportOrderAsync(Order("SO-1013")), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task An_order_imported_with_its_delivery_and_a_final_sale_line_shows_each_lines_return_window()
    {
        var manager = await Desk.ManagerAsync();
        var placed = new DateTime(2026, 1, 15, 10, 30, 0, DateTimeKind.Utc);
        var delivered = new DateTime(2026, 1, 17, 23, 45, 0, DateTimeKind.Utc);
        var request = Order("SO-1090", lines: [Desk.Line("KETTLE-1", 1), Desk.Line("GIFT-CARD", 1, 50m) with { Returnable = false }])
            with { PlacedAt = placed, DeliveredAt = delivered };

        var order = (await manager.ImportOrderAsync(request)).Expect(HttpStatusCode.Created);
        var read = (await manager.GetOrderAsync(order.Id)).Expect(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(order.DeliveredAt, Is.EqualTo(delivered));
            var lastInstant = new DateTime(2026, 2, 17, 0, 0, 0, DateTimeKind.Utc).AddTicks(-1); // 17 Jan + 30 days, end of day
            Assert.That(order.Lines.Select(l => (l.Sku, l.Returnable, l.ReturnableUntil)), Is.EquivalentTo(new[]
            {
                ("KETTLE-1", true, (DateTime?)lastInstant), ("GIFT-CARD", false, (DateTime?)null),
            }));
            Assert.That(read.DeliveredAt, Is.EqualTo(delivered));
            Assert.That(read.Lines, Is.EquivalentTo(order.Lines));
        }
    }

    [Test]
    public async Task Without_a_delivery_the_window_counts_from_the_purchase_and_lines_are_returnable()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.ImportOrderAsync(Order("SO-1091"));

        var order = response.Expect(HttpStatusCode.Created);
        Assert.That(response.Json.GetProperty("deliveredAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(order.Lines.Select(l => (l.Returnable, l.ReturnableUntil)),
            Is.All.EqualTo((true, (DateTime?)new DateTime(2026, 2, 14, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999))));
    }

    [Test]
    public async Task A_delivery_before_the_purchase_is_a_400_on_delivered_at()
    {
        var manager = await Desk.ManagerAsync();

        var problem = AssertProblem(await manager.ImportOrderAsync(Order("SO-1092") with
        {
            DeliveredAt = new DateTime(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc),
        }), HttpStatusCode.BadRequest, "request.validation");

        Assert.That(problem.Errors!.Keys, Is.EqualTo(new[] { "deliveredAt" }));
    }
}
