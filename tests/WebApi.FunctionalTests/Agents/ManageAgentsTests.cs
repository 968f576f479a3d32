namespace SupportDesk.WebApi.FunctionalTests.Agents;

public sealed class ManageAgentsTests : FunctionalTest
{
    [Test]
    public async Task The_manager_adds_an_agent_who_is_available_at_once()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.CreateAgentAsync(new CreateAgentRequest("Nina Agent", "Nina@Example.test", Desk.Password));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
        var agent = response.Value;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo($"/api/agents/{agent.Id}"));
            Assert.That((agent.FullName, agent.Email), Is.EqualTo(("Nina Agent", "nina@example.test")));
            Assert.That(agent.Status, Is.EqualTo(AgentStatus.Available));
            Assert.That(agent.CurrentTicketId, Is.Null);
            Assert.That(agent.AvailableSince, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
            var json = response.Json;
            Assert.That(new[] { "id", "fullName", "email", "status", "currentTicketId", "availableSince" }.Where(f => !json.TryGetProperty(f, out _)),
                Is.Empty, response.Body);
        }

        Assert.That((await Desk.Anonymous.IssueTokenAsync("nina@example.test", Desk.Password)).Status, Is.EqualTo(HttpStatusCode.OK),
            "the new agent can sign in");
    }

    [Test]
    public async Task Adding_an_agent_with_a_taken_email_is_a_conflict_and_changes_nothing()
    {
        var existing = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.CreateAgentAsync(new CreateAgentRequest("Twin Agent", existing.Email.ToUpperInvariant(), Desk.Password));

        AssertProblem(response, HttpStatusCode.Conflict, "agent.email_taken");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Adding_an_agent_with_a_customers_email_is_a_conflict_and_changes_nothing()
    {
        var customer = await Desk.RegisterCustomerAsync();
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.CreateAgentAsync(new CreateAgentRequest("Customer Twin", customer.Email, Desk.Password));

        AssertProblem(response, HttpStatusCode.Conflict, "auth.email_taken");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [TestCase("", "valid@example.test", Desk.Password, "fullName")]
    [TestCase("No Email", "not-an-email", Desk.Password, "email")]
    [TestCase("Short Password", "short@example.test", "Ab1", "password")]
    [TestCase("Weak Password", "weak@example.test", "alllowercase", "password")]
    public async Task Adding_an_invalid_agent_is_refused_naming_the_field(string fullName, string email, string password, string field)
    {
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.CreateAgentAsync(new CreateAgentRequest(fullName, email, password));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors, Does.ContainKey(field), response.ToString());
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "no account, no agent");
    }

    [Test]
    public async Task The_manager_lists_agents_by_name_without_removed_ones()
    {
        var zed = await Desk.AddAgentAsync("Zed Agent");
        var amy = await Desk.AddAgentAsync("Amy Agent");
        var gone = await Desk.AddAgentAsync("Gone Agent");
        var manager = await Desk.ManagerAsync();
        (await manager.RemoveAgentAsync(gone.Id)).Expect(HttpStatusCode.NoContent);

        var page = (await manager.GetAgentsAsync()).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(new[] { amy.Id, zed.Id }));
        Assert.That(page.TotalCount, Is.EqualTo(2));
    }

    [Test]
    public async Task The_manager_lists_removed_agents_when_asking_for_them()
    {
        var gone = await Desk.AddAgentAsync("Gone Agent");
        var manager = await Desk.ManagerAsync();
        (await manager.RemoveAgentAsync(gone.Id)).Expect(HttpStatusCode.NoContent);

        var page = (await manager.GetAgentsAsync("?includeRemoved=true")).Expect(HttpStatusCode.OK);

        Assert.That(page.Items.Single().Status, Is.EqualTo(AgentStatus.Removed));
    }

    [Test]
    public async Task The_manager_reads_one_agent()
    {
        var agent = await Desk.AddAgentAsync("Olga Agent");
        var manager = await Desk.ManagerAsync();

        var read = (await manager.GetAgentAsync(agent.Id)).Expect(HttpStatusCode.OK);

        Assert.That(read, Is.EqualTo(agent.Agent));
    }

    [Test]
    public async Task An_unknown_agent_is_404()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetAgentAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "agent.not_found");
    }

    [Test]
    public async Task The_manager_renames_an_agent_and_changes_the_email_used_to_sign_in()
    {
        var agent = await Desk.AddAgentAsync("Old Name");
        var manager = await Desk.ManagerAsync();

        var response = await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest("New Name", "new.address@example.test"));

        var updated = response.Expect(HttpStatusCode.OK);
        Assert.That((updated.FullName, updated.Email), Is.EqualTo(("New Name", "new.address@example.test")));
        Assert.That((await manager.GetAgentAsync(agent.Id)).Expect(HttpStatusCode.OK).FullName, Is.EqualTo("New Name"));
        Assert.That((await Desk.Anonymous.IssueTokenAsync("new.address@example.test", agent.Password)).Status, Is.EqualTo(HttpStatusCode.OK),
            "the new email signs in with the same password");
        AssertProblem(await Desk.Anonymous.IssueTokenAsync(agent.Email, agent.Password), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_manager_sets_a_new_password_that_replaces_the_old_one()
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();

        (await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest(agent.Agent.FullName, agent.Email, "Brand-New-Passw0rd"))).Expect(HttpStatusCode.OK);

        Assert.That((await Desk.Anonymous.IssueTokenAsync(agent.Email, "Brand-New-Passw0rd")).Status, Is.EqualTo(HttpStatusCode.OK));
        AssertProblem(await Desk.Anonymous.IssueTokenAsync(agent.Email, agent.Password), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Updating_without_a_password_keeps_the_old_one()
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();

        (await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest("Renamed Agent", agent.Email))).Expect(HttpStatusCode.OK);

        Assert.That((await Desk.Anonymous.IssueTokenAsync(agent.Email, agent.Password)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Updating_an_unknown_agent_is_404()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.UpdateAgentAsync(Guid.NewGuid(), new UpdateAgentRequest("Nobody", "nobody@example.test"));

        AssertProblem(response, HttpStatusCode.NotFound, "agent.not_found");
    }

    [Test]
    public async Task Giving_an_agent_another_agents_email_is_a_conflict_and_changes_nothing()
    {
        var first = await Desk.AddAgentAsync();
        var second = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.UpdateAgentAsync(second.Id, new UpdateAgentRequest("Second", first.Email));

        AssertProblem(response, HttpStatusCode.Conflict, "agent.email_taken");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Giving_an_agent_a_customers_email_is_a_conflict()
    {
        var agent = await Desk.AddAgentAsync();
        var customer = await Desk.RegisterCustomerAsync();
        var manager = await Desk.ManagerAsync();

        var response = await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest("Agent", customer.Email));

        AssertProblem(response, HttpStatusCode.Conflict, "agent.email_taken");
    }

    [TestCase("", "valid@example.test", null, "fullName")]
    [TestCase("Name", "not-an-email", null, "email")]
    [TestCase("Name", "valid@example.test", "Ab1", "password")]
    public async Task Updating_an_agent_with_invalid_details_is_refused_naming_the_field(string fullName, string email, string? password, string field)
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest(fullName, email, password));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey(field));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_password_the_policy_refuses_leaves_the_agent_unchanged()
    {
        var agent = await Desk.AddAgentAsync("Kept Name");
        var manager = await Desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest("Changed Name", "changed@example.test", "lowercaseonly"));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors, Does.ContainKey("password"));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "name and email were not changed either");
    }

    [Test]
    public async Task Updating_a_removed_agent_is_a_conflict()
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();
        (await manager.RemoveAgentAsync(agent.Id)).Expect(HttpStatusCode.NoContent);

        var response = await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest("Back Again", agent.Email));

        AssertProblem(response, HttpStatusCode.Conflict, "agent.removed");
    }

    [Test]
    public async Task Removing_an_agent_answers_204_and_keeps_it_as_removed()
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();

        var response = await manager.RemoveAgentAsync(agent.Id);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.NoContent), response.ToString());
        Assert.That(response.Body, Is.Empty);
        Assert.That((await manager.GetAgentAsync(agent.Id)).Expect(HttpStatusCode.OK).Status, Is.EqualTo(AgentStatus.Removed));
    }

    [Test]
    public async Task A_removed_agent_can_no_longer_act_as_an_agent_with_a_token_it_already_had()
    {
        var agent = await Desk.AddAgentAsync();
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        var manager = await Desk.ManagerAsync();

        (await manager.RemoveAgentAsync(agent.Id)).Expect(HttpStatusCode.NoContent);

        // Removal changes the account's security stamp: the token it already had is refused outright.
        AssertProblem(await agent.Api.ResolveTicketAsync(ticket.Id), HttpStatusCode.Unauthorized, "auth.unauthenticated");
        AssertProblem(await agent.Api.GetMyAgentAsync(), HttpStatusCode.Unauthorized, "auth.unauthenticated");
        AssertProblem(await agent.Api.SetAvailabilityAsync(agent.Id, available: true), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Test]
    public async Task Removing_an_unknown_agent_is_404()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.RemoveAgentAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "agent.not_found");
    }

    [Test]
    public async Task Removing_an_agent_twice_is_a_conflict()
    {
        var agent = await Desk.AddAgentAsync();
        var manager = await Desk.ManagerAsync();
        (await manager.RemoveAgentAsync(agent.Id)).Expect(HttpStatusCode.NoContent);

        AssertProblem(await manager.RemoveAgentAsync(agent.Id), HttpStatusCode.Conflict, "agent.removed");
    }

    [Test]
    public async Task The_ticket_of_a_removed_agent_goes_back_to_the_queue_with_the_reason_in_its_history()
    {
        var agent = await Desk.AddAgentAsync("Leaving Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, agent);
        var manager = await Desk.ManagerAsync();

        (await manager.RemoveAgentAsync(agent.Id)).Expect(HttpStatusCode.NoContent);

        var back = (await manager.GetTicketAsync(ticket.Id)).Expect(HttpStatusCode.OK);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(back.Status, Is.EqualTo(TicketStatus.Open));
            Assert.That(back.AssignedAgentId, Is.Null);
            Assert.That(back.History!.Select(e => e.Type),
                Is.EqualTo(new[] { TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.ReturnedToQueue }));
            Assert.That(back.History![^1].Detail, Does.Contain("Leaving Agent"));
            Assert.That(back.History![^1].Actor, Is.EqualTo("Manager"));
        }

        var removed = (await manager.GetAgentAsync(agent.Id)).Expect(HttpStatusCode.OK);
        Assert.That((removed.Status, removed.CurrentTicketId), Is.EqualTo((AgentStatus.Removed, (Guid?)null)));
    }

    [Test]
    public async Task The_ticket_of_a_removed_agent_is_taken_by_another_free_agent()
    {
        var leaving = await Desk.AddAgentAsync("Leaving Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync();
        var ticket = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(ticket.Id, leaving);
        var staying = await Desk.AddAgentAsync("Staying Agent");
        var manager = await Desk.ManagerAsync();

        (await manager.RemoveAgentAsync(leaving.Id)).Expect(HttpStatusCode.NoContent);

        var taken = await Desk.AssignedEventuallyAsync(ticket.Id, staying);
        Assert.That(taken.History!.Select(e => e.Type), Is.EqualTo(new[]
        {
            TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.ReturnedToQueue, TicketEventType.Assigned,
        }));
    }

    [Test]
    public async Task A_returned_ticket_keeps_its_place_ahead_of_newer_ones()
    {
        var leaving = await Desk.AddAgentAsync("Leaving Agent");
        var (customer, order) = await Desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 5));
        var older = await Desk.OpenTicketAsync(customer, order);
        await Desk.AssignedEventuallyAsync(older.Id, leaving);
        await Desk.OpenTicketAsync(customer, order);
        var manager = await Desk.ManagerAsync();
        (await manager.RemoveAgentAsync(leaving.Id)).Expect(HttpStatusCode.NoContent);

        var next = await Desk.AddAgentAsync("Next Agent");

        await Desk.AssignedEventuallyAsync(older.Id, next);
    }
}
