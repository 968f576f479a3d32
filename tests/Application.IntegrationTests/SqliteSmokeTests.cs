using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Conversation.Commands.AttachToTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>The embedded provider runs the same flow: migrate from nothing, open, assign, resolve.</summary>
public sealed class SqliteSmokeTests
{
    [Test]
    public async Task The_whole_flow_runs_on_sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("supportdesk-sqlite-");
        try
        {
            await using (var desk = Desk.Create("Sqlite", $"Data Source={Path.Combine(folder.FullName, "desk.db")}"))
            {
                await desk.InitialiseAsync();
                var (pending, modelChanges) = await desk.QueryAsync(async db =>
                    ((await db.Database.GetPendingMigrationsAsync()).Count(), db.Database.HasPendingModelChanges()));
                Assert.That((pending, modelChanges), Is.EqualTo((0, false)), "the SQLite migrations describe the whole model");
                var world = await World.WithTicketsAsync(desk, tickets: 6, agents: 2);

                // Two rounds of assign-and-resolve, two at a time, drain the queue.
                for (var round = 0; round < 3; round++)
                {
                    await desk.AssignAsync();
                    var held = await desk.QueryAsync(db => db.Tickets.Where(t => t.Status == TicketStatus.InProgress)
                        .Select(t => new { t.Id, t.HolderAgentId }).ToListAsync());
                    Assert.That(held, Has.Count.EqualTo(2));
                    foreach (var ticket in held)
                    {
                        var agent = world.Agents.Single(a => a.Id == ticket.HolderAgentId);
                        // The conversation too: a photo from the customer, the agent's answer, a note.
                        var photo = await desk.SendAsync(new AttachToTicketCommand(ticket.Id, "box.png",
                            new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])), world.Customer);
                        await desk.SendAsync(new AddMessageCommand(ticket.Id, "See the photo.", AttachmentIds: [photo.Id]), world.Customer);
                        await desk.SendAsync(new AddMessageCommand(ticket.Id, "Thanks, a new one is on its way."), agent.Actor);
                        await desk.SendAsync(new AddMessageCommand(ticket.Id, "Courier notified.", Internal: true), agent.Actor);
                        await desk.SendAsync(new ResolveTicketCommand(ticket.Id, ResolutionOutcome.Replacement, "Sent a new one."), agent.Actor);
                    }
                }

                var statuses = await desk.QueryAsync(db => db.Tickets.Select(t => t.Status).ToListAsync());
                Assert.That(statuses, Has.Count.EqualTo(6).And.All.EqualTo(TicketStatus.Resolved));
                var (counts, messages) = await desk.QueryAsync(async db =>
                    (await db.Tickets.Select(t => new { t.MessageCount, t.AttachmentCount }).Distinct().ToListAsync(), await db.TicketMessages.CountAsync()));
                Assert.That(messages, Is.EqualTo(18));
                Assert.That(counts.Select(c => (c.MessageCount, c.AttachmentCount)), Is.EqualTo(new[] { (2, 1) }));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Searches_find_the_same_as_on_mariadb()
    {
        var folder = Directory.CreateTempSubdirectory("supportdesk-sqlite-");
        try
        {
            await using var desk = Desk.Create("Sqlite", $"Data Source={Path.Combine(folder.FullName, "desk.db")}");
            await desk.InitialiseAsync();
            await SearchScenario.RunAsync(desk);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Concurrent_opens_on_one_line_are_all_accepted_on_sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("supportdesk-sqlite-");
        try
        {
            await using var desk = Desk.Create("Sqlite", $"Data Source={Path.Combine(folder.FullName, "desk.db")}");
            await desk.InitialiseAsync();
            var customer = await desk.RegisterCustomerAsync("many@it.local");
            var order = await desk.ImportOrderAsync("SO-MANY-1", customer.Email, ("SKU-1", 30));

            await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => desk.SendAsync(World.OpenOne(order), customer))));

            var claimed = await desk.QueryAsync(db => db.OrderLines.Select(l => l.ClaimedQuantity).SingleAsync());
            Assert.That(claimed, Is.EqualTo(30));
            Assert.That(async () => await desk.SendAsync(World.OpenOne(order), customer),
                Throws.TypeOf<SupportDesk.Domain.Common.DomainException>().With.Property("Code").EqualTo("ticket.quantity_exceeded"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
