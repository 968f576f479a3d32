using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Conversation.Commands.AttachToTicket;
using SupportDesk.Application.Conversation.Commands.UploadAttachment;
using SupportDesk.Domain.Events;
using SupportDesk.Infrastructure.Attachments;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Application.IntegrationTests.Tickets;

/// <summary>The conversation on MariaDB: messages racing the desk's own changes, files and their clean-up, and the
/// events a note never emits.</summary>
public sealed class ConversationTests : DatabaseTest
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6];

    [Test]
    public async Task Messages_written_while_the_desk_assigns_the_ticket_are_all_kept_and_counted()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        var ticketId = world.Tickets[0].Id;

        var writes = Enumerable.Range(1, 12)
            .Select(i => Desk.SendAsync(new AddMessageCommand(ticketId, $"Detail {i}"), world.Customer))
            .Append(Desk.AssignAsync().ContinueWith(_ => (Conversation.MessageDto)null!, TaskScheduler.Default));
        await Task.WhenAll(writes);

        var (count, stored, status) = await Desk.QueryAsync(async db => (
            await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.MessageCount).SingleAsync(),
            await db.TicketMessages.CountAsync(m => m.TicketId == ticketId),
            await db.Tickets.Where(t => t.Id == ticketId).Select(t => t.Status).SingleAsync()));
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(12));
            Assert.That(count, Is.EqualTo(12), "the counter matches the rows, whatever the interleaving");
            Assert.That(status, Is.EqualTo(TicketStatus.InProgress));
        });
    }

    [Test]
    public async Task A_message_to_the_customer_writes_one_event_and_an_internal_note_only_the_desk_s_signal()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();
        var ticketId = world.Tickets[0].Id;
        var agent = world.Agents[0].Actor;

        await Desk.SendAsync(new AddMessageCommand(ticketId, "Which colour?"), agent);
        await Desk.SendAsync(new AddMessageCommand(ticketId, "SECRET customer sounds upset", Internal: true), agent);
        await Desk.SendAsync(new AddMessageCommand(ticketId, "SECRET approved", Internal: true), Desk.Manager);

        var events = await Desk.QueryAsync(db => db.IntegrationEvents.Where(e => e.Subject == $"ticket:{ticketId}").OrderBy(e => e.Sequence).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.Type), Is.EqualTo(new[]
            {
                EventTypes.TicketOpened, EventTypes.TicketAssigned, EventTypes.TicketMessageAdded, EventTypes.DeskNoteAdded,
                EventTypes.DeskNoteAdded,
            }));
            Assert.That(events.Select(e => e.Data), Has.None.Contains("SECRET"));
            Assert.That(events[2].Data, Does.Contain("\"messageCount\":1"));
        });
    }

    [Test]
    public async Task Uploads_no_ticket_took_within_a_day_are_deleted_with_their_bytes_and_the_rest_are_kept()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1);
        var stale = await Desk.SendAsync(new UploadAttachmentCommand("old.png", new MemoryStream(Png)), world.Customer);
        var fresh = await Desk.SendAsync(new UploadAttachmentCommand("new.png", new MemoryStream(Png)), world.Customer);
        var onTicket = await Desk.SendAsync(new AttachToTicketCommand(world.Tickets[0].Id, "kept.png", new MemoryStream(Png)), world.Customer);
        var now = DateTime.UtcNow;
        await Desk.QueryAsync(db => db.Attachments.Where(a => a.Id == stale.Id || a.Id == onTicket.Id)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.CreatedAt, now.AddDays(-2))));

        int deleted;
        using (var scope = Desk.Services.CreateScope())
        {
            var job = new AttachmentCleanupJob(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(),
                scope.ServiceProvider.GetRequiredService<IAttachmentStore>(), new ManualClock(now), NullLogger<AttachmentCleanupJob>.Instance);
            deleted = await job.CleanUpAsync(CancellationToken.None);
        }

        var (left, bytes) = await Desk.QueryAsync(async db => (
            await db.Attachments.Select(a => a.Id).ToListAsync(),
            await db.Set<AttachmentContent>().Select(c => c.AttachmentId).ToListAsync()));
        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.EqualTo(1));
            Assert.That(left, Is.EquivalentTo(new[] { fresh.Id, onTicket.Id }));
            Assert.That(bytes, Is.EquivalentTo(new[] { fresh.Id, onTicket.Id }));
        });
    }
}
