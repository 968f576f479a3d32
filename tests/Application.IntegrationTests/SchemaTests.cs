using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SupportDesk.Domain.Agents;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>The database itself refuses the wrong states, whatever the C# above it does.</summary>
public sealed class SchemaTests : DatabaseTest
{
    [Test]
    public async Task Migrations_from_an_empty_database_leave_nothing_pending_and_match_the_model()
    {
        var (pending, applied, all, modelChanges) = await Desk.QueryAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).Count(),
            (await db.Database.GetAppliedMigrationsAsync()).Count(),
            db.Database.GetMigrations().Count(),
            db.Database.HasPendingModelChanges()));

        Assert.Multiple(() =>
        {
            Assert.That(pending, Is.Zero);
            Assert.That(applied, Is.EqualTo(all).And.GreaterThan(0));
            Assert.That(modelChanges, Is.False, "the model has changes no migration describes");
        });
    }

    [Test]
    public async Task Initialising_twice_changes_nothing()
    {
        await Desk.InitialiseAsync();

        var roles = await Desk.QueryAsync(db => db.Roles.CountAsync());
        Assert.That(roles, Is.EqualTo(4));
    }

    [Test]
    public async Task Two_customers_with_one_email_are_refused_by_the_unique_index()
    {
        await Desk.ImportOrderAsync("SO-1", "same@it.local");

        var duplicate = Database.ExecuteAsync(
            "INSERT INTO Customers (Id, FullName, Email, CreatedAt) VALUES (UUID(), 'Copy', 'same@it.local', NOW())");

        Assert.That(async () => await duplicate, Throws.InstanceOf<MySqlException>().With.Message.Contains("Duplicate"));
    }

    [Test]
    public async Task Two_orders_with_one_number_are_refused_by_the_unique_index()
    {
        var order = await Desk.ImportOrderAsync("SO-1", "buyer@it.local");

        var duplicate = Database.ExecuteAsync(
            $"INSERT INTO Orders (Id, Number, CustomerId, PlacedAt, ImportedAt) VALUES (UUID(), 'SO-1', '{order.CustomerId}', NOW(), NOW())");

        Assert.That(async () => await duplicate, Throws.InstanceOf<MySqlException>().With.Message.Contains("Duplicate"));
    }

    [Test]
    public async Task Two_tickets_with_one_number_are_refused_by_the_unique_index()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 2);

        var update = Database.ExecuteAsync($"UPDATE Tickets SET Number = '{world.Tickets[0].Number}' WHERE Id = '{world.Tickets[1].Id}'");

        Assert.That(async () => await update, Throws.InstanceOf<MySqlException>().With.Message.Contains("Duplicate"));
    }

    [Test]
    public async Task A_second_ticket_in_progress_for_one_agent_is_refused_by_the_database()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 2, agents: 1);
        await Desk.AssignAsync();
        var waiting = world.Tickets[1];

        // Bypass the domain entirely: the unique holder column is what stops it.
        var update = Database.ExecuteAsync(
            $"UPDATE Tickets SET Status = 'InProgress', HolderAgentId = '{world.Agents[0].Id}', AssignedAgentId = '{world.Agents[0].Id}' WHERE Id = '{waiting.Id}'");

        Assert.That(async () => await update, Throws.InstanceOf<MySqlException>().With.Message.Contains("Duplicate"));
    }

    [Test]
    public async Task One_ticket_held_by_two_agents_is_refused_by_the_database()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 2);
        await Desk.AssignAsync();
        var ticketId = world.Tickets[0].Id;

        var update = Database.ExecuteAsync($"UPDATE Agents SET CurrentTicketId = '{ticketId}' WHERE CurrentTicketId IS NULL");

        Assert.That(async () => await update, Throws.InstanceOf<MySqlException>().With.Message.Contains("Duplicate"));
    }

    [Test]
    public async Task Claiming_more_than_a_line_holds_is_refused_by_the_check_constraint()
    {
        await Desk.ImportOrderAsync("SO-1", "buyer@it.local", ("SKU-1", 3));

        var update = Database.ExecuteAsync("UPDATE OrderLines SET ClaimedQuantity = 4");

        Assert.That(async () => await update, Throws.InstanceOf<MySqlException>().With.Message.Contains("CK_OrderLines_ClaimedQuantity"));
    }

    [Test]
    public async Task A_ticket_in_progress_without_a_holder_is_refused_by_the_check_constraint()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1);

        var update = Database.ExecuteAsync($"UPDATE Tickets SET Status = 'InProgress' WHERE Id = '{world.Tickets[0].Id}'");

        Assert.That(async () => await update, Throws.InstanceOf<MySqlException>().With.Message.Contains("CK_Tickets_Holder"));
    }

    [Test]
    public async Task A_stale_update_of_an_agent_is_refused_by_its_concurrency_token()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 0, agents: 1);
        await using var first = Desk.Services.CreateAsyncScope();
        await using var second = Desk.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<Infrastructure.Data.ApplicationDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<Infrastructure.Data.ApplicationDbContext>();
        var seenByFirst = await db1.Agents.SingleAsync(a => a.Id == world.Agents[0].Id);
        var seenBySecond = await db2.Agents.SingleAsync(a => a.Id == world.Agents[0].Id);

        seenByFirst.GoAway();
        await db1.SaveChangesAsync();
        seenBySecond.UpdateDetails("Renamed", seenBySecond.Email);

        Assert.That(async () => await db2.SaveChangesAsync(), Throws.InstanceOf<DbUpdateConcurrencyException>());
        var stored = await Desk.QueryAsync(db => db.Agents.AsNoTracking().SingleAsync(a => a.Id == world.Agents[0].Id));
        Assert.Multiple(() =>
        {
            Assert.That(stored.Availability, Is.EqualTo(AgentAvailability.Away));
            Assert.That(stored.FullName, Is.Not.EqualTo("Renamed"));
            Assert.That(stored.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_stale_assignment_of_a_ticket_is_refused_by_its_concurrency_token()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 2);
        await using var first = Desk.Services.CreateAsyncScope();
        await using var second = Desk.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<Infrastructure.Data.ApplicationDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<Infrastructure.Data.ApplicationDbContext>();
        var ticket1 = await db1.Tickets.SingleAsync();
        var ticket2 = await db2.Tickets.SingleAsync();
        var agent1 = await db1.Agents.SingleAsync(a => a.Id == world.Agents[0].Id);
        var agent2 = await db2.Agents.SingleAsync(a => a.Id == world.Agents[1].Id);
        var now = DateTime.UtcNow;

        ticket1.AssignTo(agent1, now);
        await db1.SaveChangesAsync();
        ticket2.AssignTo(agent2, now);

        Assert.That(async () => await db2.SaveChangesAsync(), Throws.InstanceOf<DbUpdateException>());
        var holder = await Desk.QueryAsync(db => db.Tickets.Select(t => t.HolderAgentId).SingleAsync());
        Assert.That(holder, Is.EqualTo(agent1.Id));
    }
}
