namespace SupportDesk.WebApi.FunctionalTests.Tickets;

/// <summary>Opening a ticket under the return policy (defaults: 30 days, Defective 365, Damaged 60, through the end of
/// the last UTC day, from the delivery else the purchase) and on final-sale lines.</summary>
public sealed class ReturnWindowTests : FunctionalTest
{
    private static DateTime EndOfDay(DateTime day, int plusDays) =>
        DateTime.SpecifyKind(day.Date.AddDays(plusDays + 1).AddTicks(-1), DateTimeKind.Utc);

    [Test]
    public async Task Opening_after_the_window_is_a_409_carrying_the_last_allowed_instant_and_changes_nothing()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var placedAt = DateTime.UtcNow.AddDays(-40);
        var order = await Desk.ImportOrderAsync(customer.Email, placedAt, null);
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.NoLongerNeeded));

        AssertProblem(response, HttpStatusCode.Conflict, "ticket.return_window_closed");
        var until = response.Json.GetProperty("returnableUntil").GetString();
        Assert.That(until, Is.EqualTo(EndOfDay(placedAt, 30).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ")), response.ToString());
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "no ticket, nothing claimed");
    }

    [Test]
    public async Task A_defective_item_can_still_be_returned_after_thirty_days()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var order = await Desk.ImportOrderAsync(customer.Email, DateTime.UtcNow.AddDays(-40), null);

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.Defective));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
    }

    [Test]
    public async Task The_window_counts_from_the_delivery_when_the_shop_gave_one()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var order = await Desk.ImportOrderAsync(customer.Email, DateTime.UtcNow.AddDays(-40), DateTime.UtcNow.AddDays(-20));

        var response = await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.NoLongerNeeded));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
    }

    [Test]
    public async Task A_delivery_recorded_later_opens_a_window_that_had_closed()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var order = await Desk.ImportOrderAsync(customer.Email, DateTime.UtcNow.AddDays(-40), null);
        var request = Desk.TicketRequest(order, reason: ReturnReason.WrongItem);
        AssertProblem(await customer.Api.OpenTicketAsync(request), HttpStatusCode.Conflict, "ticket.return_window_closed");

        (await (await Desk.IntegrationAsync()).UpdateOrderDeliveryAsync(order.Id, DateTime.UtcNow.AddDays(-10)))
            .Expect(HttpStatusCode.OK);

        Assert.That((await customer.Api.OpenTicketAsync(request)).Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_final_sale_line_is_a_409_and_changes_nothing()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var order = await Desk.ImportOrderAsync(customer.Email, DateTime.UtcNow.AddDays(-1), null,
            Desk.Line("GIFT-CARD", 1, 50m) with { Returnable = false });
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        AssertProblem(await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.Defective)),
            HttpStatusCode.Conflict, "ticket.line_not_returnable");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }
}
