namespace SupportDesk.WebApi.FunctionalTests.Orders;

/// <summary><c>PUT /api/orders/{id}/delivery</c>: the shop records when an order was delivered; the return window
/// counts from that day.</summary>
public sealed class OrderDeliveryTests : FunctionalTest
{
    private static DateTime EndOfDay(DateTime day, int plusDays) =>
        DateTime.SpecifyKind(day.Date.AddDays(plusDays + 1).AddTicks(-1), DateTimeKind.Utc);

    [Test]
    public async Task The_manager_records_a_delivery_and_gets_the_order_with_its_moved_window()
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();
        var delivered = new DateTime(DateTime.UtcNow.AddDays(-1).Ticks / 10 * 10, DateTimeKind.Utc);

        var response = await manager.UpdateOrderDeliveryAsync(order.Id, delivered);

        var updated = response.Expect(HttpStatusCode.OK);
        var read = (await manager.GetOrderAsync(order.Id)).Expect(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.DeliveredAt, Is.EqualTo(delivered).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(updated.Lines.Select(l => l.ReturnableUntil), Is.All.EqualTo(EndOfDay(delivered, 30)));
            Assert.That(read.DeliveredAt, Is.EqualTo(updated.DeliveredAt), "the answer reads back the same");
            Assert.That(read.Lines, Is.EquivalentTo(updated.Lines));
        }
    }

    [Test]
    public async Task The_shops_integration_account_records_a_delivery()
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var shop = await Desk.IntegrationAsync();

        var response = await shop.UpdateOrderDeliveryAsync(order.Id, DateTime.UtcNow.AddHours(-2));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
    }

    [Test]
    public async Task A_customer_cannot_record_a_delivery_even_of_their_own_order()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();

        AssertProblem(await customer.Api.UpdateOrderDeliveryAsync(order.Id, DateTime.UtcNow.AddHours(-1)),
            HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task An_agent_cannot_record_a_delivery()
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var agent = await Desk.AddAgentAsync();

        AssertProblem(await agent.Api.UpdateOrderDeliveryAsync(order.Id, DateTime.UtcNow.AddHours(-1)),
            HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task An_unknown_order_is_404()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.UpdateOrderDeliveryAsync(Guid.NewGuid(), DateTime.UtcNow.AddHours(-1)),
            HttpStatusCode.NotFound, "order.not_found");
    }

    [Test]
    public async Task A_delivery_in_the_future_is_a_400_and_changes_nothing()
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var problem = AssertProblem(await manager.UpdateOrderDeliveryAsync(order.Id, DateTime.UtcNow.AddHours(1)),
            HttpStatusCode.BadRequest, "request.validation");

        Assert.That(problem.Errors!.Keys, Is.EqualTo(new[] { "deliveredAt" }));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [TestCase("{}")]
    [TestCase("{\"deliveredAt\":\"yesterday\"}")]
    public async Task A_body_without_a_delivery_time_is_a_400(string body)
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.SendTextAsync(HttpMethod.Put, $"/api/orders/{order.Id}/delivery", body),
            HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_delivery_before_the_order_was_placed_is_a_409_and_changes_nothing()
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await manager.UpdateOrderDeliveryAsync(order.Id, order.PlacedAt.AddMinutes(-1)),
            HttpStatusCode.Conflict, "order.invalid");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_recorded_delivery_is_told_to_the_events_feed()
    {
        var (_, order) = await Desk.CustomerWithOrderAsync();
        var manager = await Desk.ManagerAsync();
        (await manager.UpdateOrderDeliveryAsync(order.Id, DateTime.UtcNow.AddHours(-3))).Expect(HttpStatusCode.OK);

        var page = await Eventually.Until(() => manager.GetEventsAsync("?type=order.delivery_updated"),
            r => r.Value.Items.Count == 1, "the delivery in the feed");

        var data = page.Value.Items[0].Data;
        Assert.That(data.GetProperty("id").GetGuid(), Is.EqualTo(order.Id));
        Assert.That(data.GetProperty("deliveredAt").GetString(), Does.EndWith("Z"));
        Assert.That(data.GetProperty("lines")[0].GetProperty("returnableUntil").GetString(), Does.EndWith("T23:59:59.9999999Z"));
    }
}
