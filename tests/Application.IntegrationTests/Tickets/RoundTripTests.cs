using MySqlConnector;
using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
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
            Assert.That(message.Savepoints, Is.Zero, "message");
            Assert.That(resolve.Savepoints, Is.Zero, "resolve");
        });
    }

    private static async Task<(long Statements, long Savepoints)> CountAsync(Func<Task> work)
    {
        var before = await StatusAsync();
        await work();
        var after = await StatusAsync();
        // The status query itself is one statement.
        return (after.Questions - before.Questions - 1, after.Savepoints - before.Savepoints);
    }

    private static async Task<(long Questions, long Savepoints)> StatusAsync()
    {
        await using var connection = new MySqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('QUESTIONS', 'COM_SAVEPOINT')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        long questions = 0, savepoints = 0;
        while (await reader.ReadAsync())
        {
            var value = long.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
            if (reader.GetString(0) == "QUESTIONS")
            {
                questions = value;
            }
            else
            {
                savepoints = value;
            }
        }

        return (questions, savepoints);
    }
}
