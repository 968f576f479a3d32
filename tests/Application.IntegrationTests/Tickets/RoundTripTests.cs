using MySqlConnector;
using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.IntegrationTests.Tickets;

/// <summary>
/// The hot writes' statements, counted by MariaDB itself (its global status counters; nothing else runs against the
/// server while these tests do, the desk's scheduler is not started): a write done in one transaction (the outbox's
/// or a row lock's) takes no savepoints, which would guard nothing there and cost two round trips per save.
/// </summary>
public sealed class RoundTripTests : DatabaseTest
{
    [Test]
    public async Task Opening_messaging_and_resolving_take_no_savepoints()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();
        var ticket = world.Tickets[0];
        var agent = world.Agents[0].Actor;

        var open = await CountAsync(() => Desk.SendAsync(new OpenTicketCommand(world.Order.Id, world.Order.Lines[0].Id, 1,
            ReturnReason.Damaged, "A second one broke too."), world.Customer));
        var message = await CountAsync(() => Desk.SendAsync(new AddMessageCommand(ticket.Id, "A label is on its way."), agent));
        var resolve = await CountAsync(() => Desk.SendAsync(new ResolveTicketCommand(ticket.Id, ResolutionOutcome.Refund, "Refunded."), agent));

        TestContext.Out.WriteLine($"statements: open {open.Statements}, message {message.Statements}, resolve {resolve.Statements}");
        Assert.Multiple(() =>
        {
            Assert.That(open.Savepoints, Is.Zero, "open");
            // 23 while the outbox read the new ticket back (summary, history, files) and the email's facts: 4 queries.
            Assert.That(open.Statements, Is.LessThanOrEqualTo(19), "open: its event and email are built from the objects in memory");
            Assert.That(message.Savepoints, Is.Zero, "message");
            Assert.That(resolve.Savepoints, Is.Zero, "resolve");
        });
    }

    [Test]
    public async Task A_query_makes_all_its_reads_on_one_connection()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();
        var agent = world.Agents[0].Actor;

        var desk = await CountAsync(() => Desk.SendAsync(new GetMyAgentQuery(), agent));
        var detail = await CountAsync(() => Desk.SendAsync(new GetTicketQuery(world.Tickets[0].Id), agent));

        TestContext.Out.WriteLine($"statements: my desk {desk.Statements}, ticket detail {detail.Statements}");
        Assert.Multiple(() =>
        {
            Assert.That(desk.Openings, Is.EqualTo(1), "GET /api/agents/me: the agent and its ticket, one connection");
            Assert.That(detail.Openings, Is.EqualTo(1), "GET /api/tickets/{id}: access, ticket, history, files, one connection");
        });
    }

    private static async Task<(long Statements, long Savepoints, long Openings)> CountAsync(Func<Task> work)
    {
        var before = await StatusAsync();
        await work();
        var after = await StatusAsync();
        // The status query itself is one statement, on a connection of its own (one SET NAMES).
        return (after.Questions - before.Questions - 1, after.Savepoints - before.Savepoints, after.Openings - before.Openings - 1);
    }

    private static async Task<(long Questions, long Savepoints, long Openings)> StatusAsync()
    {
        await using var connection = new MySqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('QUESTIONS', 'COM_SAVEPOINT', 'COM_SET_OPTION')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            values[reader.GetString(0)] = long.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return (values["QUESTIONS"], values["COM_SAVEPOINT"], values["COM_SET_OPTION"]);
    }
}
