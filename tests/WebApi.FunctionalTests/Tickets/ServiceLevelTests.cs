namespace SupportDesk.WebApi.FunctionalTests.Tickets;

/// <summary>Service levels through the API: each ticket's due times and breaches, the <c>breached=true</c> filter
/// (in SQL, paged), and the breach recorded once by the job with its event.</summary>
public sealed class ServiceLevelTests : FunctionalTest
{
    /// <summary>Moves a waiting ticket's opening and due times <paramref name="minutes"/> into the past, as if it
    /// had been opened then (what the clock would have done).</summary>
    private static Task AgeAsync(Guid ticketId, int minutes) => FunctionalTestRun.Database.ExecuteAsync(
        "UPDATE Tickets SET CreatedAt = DATE_SUB(CreatedAt, INTERVAL @m MINUTE), AssignBy = DATE_SUB(AssignBy, INTERVAL @m MINUTE), " +
        "ResolveBy = DATE_SUB(ResolveBy, INTERVAL @m MINUTE), SlaCheckAt = DATE_SUB(SlaCheckAt, INTERVAL @m MINUTE) WHERE Id = @id",
        ("@m", minutes), ("@id", ticketId));

    [Test]
    public async Task A_ticket_shows_its_due_times_from_its_priority()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.NoLongerNeeded)))
            .Expect(HttpStatusCode.Created);

        var manager = await Desk.ManagerAsync();
        var read = (await manager.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ticket.AssignBy, Is.EqualTo(ticket.CreatedAt.AddMinutes(240)), "Low: assigned within 4 hours");
            Assert.That(ticket.ResolveBy, Is.EqualTo(ticket.CreatedAt.AddMinutes(2880)), "Low: resolved within 2 days");
            Assert.That((ticket.AssignBreached, ticket.ResolveBreached), Is.EqualTo((false, false)));
            Assert.That((read.AssignBy, read.ResolveBy), Is.EqualTo((ticket.AssignBy, ticket.ResolveBy)));
        }

        var raised = (await manager.ChangeTicketPriorityAsync(ticket.Id, TicketPriority.High)).Expect(HttpStatusCode.OK);
        Assert.That((raised.AssignBy, raised.ResolveBy), Is.EqualTo((ticket.CreatedAt.AddMinutes(15), ticket.CreatedAt.AddMinutes(240))),
            "the due times follow the new priority, from the opening");
    }

    [Test]
    public async Task The_breached_filter_keeps_the_tickets_past_a_target_and_the_job_records_the_breach_once()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 5));
        async Task<TicketResponse> Open() =>
            (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order, reason: ReturnReason.Damaged))).Expect(HttpStatusCode.Created);
        var late = await Open();
        var fresh = await Open();
        await AgeAsync(late.Id, 20); // High: assign within 15 minutes, so 5 minutes past it
        var manager = await Desk.ManagerAsync();
        var scope = $"?customerId={customer.Customer.Id}";

        var breached = (await manager.GetTicketsAsync($"{scope}&breached=true")).Expect(HttpStatusCode.OK);
        var all = (await manager.GetTicketsAsync($"{scope}&breached=false")).Expect(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(breached.Items.Select(t => t.Id), Is.EqualTo(new[] { late.Id }));
            Assert.That(breached.TotalCount, Is.EqualTo(1));
            Assert.That((breached.Items[0].AssignBreached, breached.Items[0].ResolveBreached), Is.EqualTo((true, false)));
            Assert.That(all.Items.Select(t => t.Id), Is.EquivalentTo(new[] { late.Id, fresh.Id }), "false: no filter");
            Assert.That(all.Items.Single(t => t.Id == fresh.Id).AssignBreached, Is.False);
        }

        var feed = await Eventually.Until(() => manager.GetEventsAsync("?type=ticket.sla_breached&limit=500"),
            r => r.Value.Items.Any(e => e.Data.GetProperty("id").GetGuid() == late.Id), "the breach is in the feed");
        var emitted = feed.Value.Items.Where(e => e.Data.GetProperty("id").GetGuid() == late.Id).ToList();
        var history = (await manager.GetTicketAsync(late.Id)).Expect(HttpStatusCode.OK).History!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(emitted, Has.Count.EqualTo(1));
            Assert.That(emitted[0].Data.GetProperty("target").GetString(), Is.EqualTo("Assignment"));
            Assert.That(emitted[0].Data.GetProperty("assignBreached").GetBoolean(), Is.True);
            Assert.That(history.Where(e => e.Type == TicketEventType.SlaBreached).Select(e => e.Detail),
                Is.EqualTo(new[] { "Assignment target missed" }));
        }
    }

    [TestCase("maybe")]
    [TestCase("2")]
    public async Task A_breached_value_that_is_not_a_boolean_is_refused(string value)
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetAsync($"/api/tickets?breached={value}"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_customer_filtering_by_breached_still_sees_only_their_own_tickets()
    {
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var mine = (await customer.Api.OpenTicketAsync(Desk.TicketRequest(order))).Expect(HttpStatusCode.Created);
        var (other, otherOrder) = await Desk.CustomerWithOrderAsync();
        var theirs = (await other.Api.OpenTicketAsync(Desk.TicketRequest(otherOrder))).Expect(HttpStatusCode.Created);
        await AgeAsync(mine.Id, 30);
        await AgeAsync(theirs.Id, 30);

        var page = (await customer.Api.GetTicketsAsync("?breached=true")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(new[] { mine.Id }));
    }
}
