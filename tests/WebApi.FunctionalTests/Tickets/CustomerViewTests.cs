namespace SupportDesk.WebApi.FunctionalTests.Tickets;

/// <summary>What a customer reads of its ticket (issue 17, item 3): the agent's first name only, and only the steps of
/// its own request; the staff read everything.</summary>
public sealed class CustomerViewTests : FunctionalTest
{
    [Test]
    public async Task A_customer_reads_no_staff_names_but_the_agents_first_name_and_no_staff_events()
    {
        var first = await Desk.AddAgentAsync("Grace Hopper");
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, first);
        var second = await Desk.AddAgentAsync("Alan Turing");
        var manager = await Desk.ManagerAsync();
        (await manager.ChangeTicketPriorityAsync(ticket.Id, TicketPriority.Low)).Expect(HttpStatusCode.OK);
        (await manager.ReassignTicketAsync(ticket.Id, second.Id)).Expect(HttpStatusCode.OK);
        (await second.Api.ResolveTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        (await first.Api.SetAvailabilityAsync(first.Id, false)).Expect(HttpStatusCode.OK);

        var read = await customer.Api.GetTicketAsync(ticket.Id);
        var listed = await customer.Api.GetTicketsAsync();

        var seen = read.Expect(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen.AssignedAgentName, Is.EqualTo("Alan"));
            Assert.That(seen.History!.Select(e => e.Type), Is.EqualTo(new[]
            {
                TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Assigned, TicketEventType.Resolved,
            }));
            Assert.That(seen.History!.Select(e => e.Detail), Has.Member("Assigned to Alan").And.Member("Assigned to an agent"));
            Assert.That(seen.History!.Last().Actor, Is.EqualTo("Alan"));
            foreach (var body in new[] { read.Body, listed.Body })
            {
                Assert.That(body, Does.Not.Contain("Hopper").And.Not.Contain("Grace").And.Not.Contain("Turing"));
                Assert.That(body, Does.Not.Contain("Manager").And.Not.Contain("Low →"));
            }

            Assert.That(listed.Expect(HttpStatusCode.OK).Items.Single().AssignedAgentName, Is.EqualTo("Alan"));
        }

        // The staff still read the whole story.
        var staff = (await manager.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        Assert.That(staff.AssignedAgentName, Is.EqualTo("Alan Turing"));
        Assert.That(staff.History!.Select(e => e.Type), Does.Contain(TicketEventType.PriorityChanged));
    }
}
