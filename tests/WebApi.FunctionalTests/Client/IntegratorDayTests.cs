using SupportDesk.Client;
using Api = SupportDesk.Client.Models;

namespace SupportDesk.WebApi.FunctionalTests.Client;

/// <summary>
/// A shop's integration through the generated .NET client (clients/SupportDesk.Client), against the running API on
/// MariaDB: import orders, record nothing by hand, read tickets, follow the change feed, subscribe a webhook and
/// verify a delivery with the client's verifier.
/// </summary>
public sealed class IntegratorDayTests : FunctionalTest
{
    [Test]
    public async Task An_integrators_day_through_the_generated_client()
    {
        var shop = SupportDeskClient.Create(FunctionalTestRun.Http.BaseAddress!, (await Desk.IntegrationAsync()).Token, FunctionalTestRun.Http);
        var customer = await Desk.RegisterCustomerAsync();
        var agent = await Desk.AddAgentAsync();
        await using var receiver = new WebhookReceiver();

        // Subscribe first, so the refund reaches the shop as it happens.
        var subscription = await shop.Api.Webhooks.PostAsync(new Api.CreateWebhookCommand
        {
            Url = receiver.Url,
            Events = ["ticket.resolved"],
            Description = "Refunds to the ERP",
        });

        // The shop pushes an order.
        var order = await shop.Api.Orders.PostAsync(new Api.ImportOrderCommand
        {
            Number = Desk.UniqueOrderNumber(),
            CustomerEmail = customer.Email,
            PlacedAt = DateTimeOffset.UtcNow.AddDays(-2),
            Lines = [new Api.ImportOrderLine { Sku = "KETTLE-1", ProductName = "Kettle", Quantity = 2, UnitPrice = 49.90 }],
        });

        // The carrier delivered it yesterday: the return window counts from then.
        var delivered = await shop.Api.Orders[order!.Id!.Value].Delivery.PutAsync(new Api.UpdateOrderDeliveryRequest
        {
            DeliveredAt = DateTimeOffset.UtcNow.AddDays(-1),
        });

        // The customer returns one kettle and the agent refunds it (through the API, as they would).
        var orderForCustomer = (await customer.Api.GetOrderAsync(order.Id!.Value)).Expect(HttpStatusCode.OK);
        var opened = await Desk.OpenTicketAsync(customer, orderForCustomer);
        await Desk.AssignedEventuallyAsync(opened.Id, agent);
        (await agent.Api.ResolveTicketAsync(opened.Id, ResolutionOutcome.Refund)).Expect(HttpStatusCode.OK);

        // The shop reads the resolved tickets, and the ticket itself.
        var resolved = await shop.Api.Tickets.GetAsync(request => request.QueryParameters.Status = [Api.TicketStatus.Resolved]);
        var ticket = await shop.Api.Tickets[opened.Id].GetAsync();

        // It follows the change feed until the refund, from where it last was.
        long after = 0;
        var events = new List<Api.EventPage.EventPage_items>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!events.Any(e => e.TicketResolvedEvent is not null) && DateTime.UtcNow < deadline)
        {
            var page = await shop.Api.Events.GetAsync(request =>
            {
                request.QueryParameters.After = after;
                request.QueryParameters.Limit = 2;
            });
            events.AddRange(page!.Items!);
            after = page.Next!.Value;
        }

        // And the webhook brought the same refund, signed with the subscription's secret.
        var delivery = (await receiver.WaitForAsync(1)).Single();
        var verifier = new WebhookSignatureVerifier(subscription!.Secret!);

        Assert.Multiple(() =>
        {
            Assert.That(order.Lines!.Single().Id, Is.Not.Null);
            Assert.That(delivered!.DeliveredAt, Is.Not.Null);
            Assert.That(delivered.Lines!.Single().ReturnableUntil, Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(28)));
            Assert.That(resolved!.Items!.Select(t => t.Id), Is.EqualTo(new Guid?[] { opened.Id }));
            Assert.That(ticket!.Status, Is.EqualTo(Api.TicketStatus.Resolved));
            Assert.That(ticket.Outcome, Is.EqualTo(Api.ResolutionOutcome.Refund));
            Assert.That(ticket.History!.Select(h => h.Type), Is.EqualTo(new Api.TicketEventType?[]
            {
                Api.TicketEventType.Opened, Api.TicketEventType.Assigned, Api.TicketEventType.Resolved,
            }));
            // Each item is read as the schema of its type, with `data` as the resource it carries. The agent's own
            // creation (position 1) is for managers only: the shop's feed starts at the order.
            Assert.That(events[0].OrderImportedEvent!.Data!.Number, Is.EqualTo(order.Number));
            Assert.That(events[0].OrderImportedEvent!.Position, Is.EqualTo(2));
            Assert.That(events[1].OrderDeliveryUpdatedEvent!.Data!.DeliveredAt, Is.EqualTo(delivered.DeliveredAt));
            Assert.That(events[2].TicketOpenedEvent!.Data!.Status, Is.EqualTo(Api.TicketStatus.Open));
            Assert.That(events[3].TicketAssignedEvent!.Data!.AssignedAgentId, Is.EqualTo(agent.Id));
            var refund = events[4].TicketResolvedEvent!;
            Assert.That((refund.Position, refund.Data!.Id, refund.Data.Outcome), Is.EqualTo(((long?)6, (Guid?)opened.Id, (Api.ResolutionOutcome?)Api.ResolutionOutcome.Refund)));
            Assert.That(events, Has.Count.EqualTo(5));
            Assert.That(delivery.Id, Is.EqualTo(refund.Id));
            Assert.That(verifier.Verify(delivery.Id, delivery.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
                delivery.Signature, delivery.Body), Is.True);
            Assert.That(verifier.Verify(delivery.Id, delivery.Timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
                delivery.Signature, delivery.Body.Replace("Refund", "Rejected", StringComparison.Ordinal)), Is.False, "a changed body fails");
        });
    }

    [Test]
    public void A_problem_comes_back_as_a_typed_exception_with_its_code()
    {
        var anonymous = SupportDeskClient.Create(FunctionalTestRun.Http.BaseAddress!, accessToken: null, FunctionalTestRun.Http);

        var refused = Assert.ThrowsAsync<Api.ProblemDetails>(() => anonymous.Api.Events.GetAsync());

        Assert.That(refused!.Code, Is.EqualTo("auth.unauthenticated"));
        Assert.That(refused.ResponseStatusCode, Is.EqualTo(401));
    }
}
