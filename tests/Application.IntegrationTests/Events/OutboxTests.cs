using System.Text.Json;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Commands.UpdateAgent;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Conversation.Commands.UploadAttachment;
using SupportDesk.Application.Events;
using SupportDesk.Application.Orders.Queries.GetOrder;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries.GetTicket;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Events;

namespace SupportDesk.Application.IntegrationTests.Events;

/// <summary>Every change writes its event in its own transaction, with the resource as the API reads it after the
/// change; a change refused or rolled back leaves no event, and an event that cannot be written stops the change.</summary>
public sealed class OutboxTests : DatabaseTest
{
    [Test]
    public async Task Each_change_commits_one_event_carrying_the_resource_as_read_right_after_it()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        var (agent, agentId) = world.Agents[0];
        await Desk.AssignAsync();
        var ticketId = world.Tickets[0].Id;
        var afterAssign = await Desk.SendAsync(new GetTicketQuery(ticketId), Desk.Manager);
        await Desk.SendAsync(new ResolveTicketCommand(ticketId, ResolutionOutcome.Refund, "Refunded in full."), agent);
        var afterResolve = await Desk.SendAsync(new GetTicketQuery(ticketId), Desk.Manager);

        var events = await Desk.QueryAsync(db => db.IntegrationEvents.OrderBy(e => e.Sequence).ToListAsync());

        Assert.That(events.Select(e => e.Type), Is.EqualTo(new[]
        {
            EventTypes.OrderImported, EventTypes.AgentCreated, EventTypes.TicketOpened, EventTypes.TicketAssigned, EventTypes.TicketResolved,
        }));
        var order = await Desk.SendAsync(new GetOrderQuery(world.Order.Id), Desk.Manager);
        var created = JsonSerializer.Deserialize<AgentDto>(events[1].Data, EventJson.Options)!;
        Assert.Multiple(() =>
        {
            Assert.That(events[0].Data, Is.EqualTo(Json(world.Order)), "imported: the order as the import answered it");
            Assert.That((created.Id, created.Status, created.CurrentTicketId), Is.EqualTo((agentId, AgentStatus.Available, (Guid?)null)),
                "created: the agent as it was then, free");
            Assert.That(events[3].Data, Is.EqualTo(Json(afterAssign)), "assigned: the ticket as it was right after the assignment");
            Assert.That(events[4].Data, Is.EqualTo(Json(afterResolve)), "resolved: the ticket with its outcome and whole history");
            Assert.That(events.Select(e => e.Subject), Is.EqualTo(new[]
            {
                $"order:{order.Id}", $"agent:{agentId}", $"ticket:{ticketId}", $"ticket:{ticketId}", $"ticket:{ticketId}",
            }));
            Assert.That(events.Select(e => e.EventId).Distinct().Count(), Is.EqualTo(events.Count));
            Assert.That(events.All(e => e.Position is null), Is.True, "positions come from the sequencer, after the commit");
        });
    }

    [Test]
    public async Task An_opened_ticket_s_event_built_from_memory_reads_as_the_ticket_read_right_after_it()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 0);
        var photo = await Desk.SendAsync(new UploadAttachmentCommand("broken.png", new MemoryStream(Png)), world.Customer);
        var answer = await Desk.SendAsync(World.OpenOne(world.Order) with { AttachmentIds = [photo.Id] }, world.Customer);
        var read = await Desk.SendAsync(new GetTicketQuery(answer.Id), Desk.Manager);

        var opened = await Desk.QueryAsync(db => db.IntegrationEvents.SingleAsync(e => e.Type == EventTypes.TicketOpened));

        Assert.Multiple(() =>
        {
            Assert.That(opened.Data, Is.EqualTo(Json(read)), "the ticket with its customer, order line, history and file");
            Assert.That(opened.Data, Is.EqualTo(Json(answer)), "as the request was answered");
            Assert.That(read.Attachments.Select(a => a.Id), Is.EqualTo(new[] { photo.Id }));
        });
    }

    [Test]
    public async Task Agent_changes_write_their_events_and_a_removal_returns_the_ticket_in_the_same_transaction()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        var (_, agentId) = world.Agents[0];
        await Desk.AssignAsync();
        await Desk.SendAsync(new UpdateAgentCommand(agentId, "Renamed Agent", "renamed@it.local"), Desk.Manager);
        await Desk.SendAsync(new SetAgentAvailabilityCommand(agentId, false), Desk.Manager);
        await Desk.SendAsync(new RemoveAgentCommand(agentId), Desk.Manager);

        var types = await Desk.QueryAsync(db => db.IntegrationEvents.OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync());

        Assert.That(types.Skip(4), Is.EqualTo(new[]
        {
            EventTypes.AgentUpdated, EventTypes.AgentAvailabilityChanged, EventTypes.AgentRemoved, EventTypes.TicketReturnedToQueue,
        }));
    }

    [Test]
    public async Task A_refused_change_writes_no_event()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 2);
        await Desk.AssignAsync();
        var before = await CountAsync();
        var ticket = await Desk.SendAsync(new GetTicketQuery(world.Tickets[0].Id), Desk.Manager);
        var notHolder = world.Agents.Single(a => a.Id != ticket.AssignedAgentId);

        Assert.That(() => Desk.SendAsync(new ResolveTicketCommand(world.Tickets[0].Id, ResolutionOutcome.Refund, "No."), notHolder.Actor),
            Throws.InstanceOf<TicketNotHeldByAgentException>().Or.InstanceOf<ForbiddenAccessException>());
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task When_the_event_cannot_be_written_the_change_is_not_committed_either()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 0);
        var before = await CountAsync();
        await Database.ExecuteAsync(
            "CREATE TRIGGER outbox_refuses BEFORE INSERT ON IntegrationEvents FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'outbox refused'");
        try
        {
            Assert.That(() => Desk.SendAsync(World.OpenOne(world.Order), world.Customer), Throws.Exception);
            Assert.That(() => Desk.CreateAgentAsync("never@it.local"), Throws.Exception);
        }
        finally
        {
            await Database.ExecuteAsync("DROP TRIGGER outbox_refuses");
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await Desk.QueryAsync(db => db.Tickets.CountAsync()), Is.Zero, "no ticket without its event");
            Assert.That(await Desk.QueryAsync(db => db.OrderLines.SumAsync(l => l.ClaimedQuantity)), Is.Zero, "the line claims nothing");
            Assert.That(await Desk.QueryAsync(db => db.Agents.CountAsync()), Is.Zero, "no agent without its event");
            Assert.That(await CountAsync(), Is.EqualTo(before));
        });

        // The same changes go through once the events can be written again.
        await Desk.SendAsync(World.OpenOne(world.Order), world.Customer);
        Assert.That(await CountAsync(), Is.EqualTo(before + 1));
    }

    private static Task<int> CountAsync() => Desk.QueryAsync(db => db.IntegrationEvents.CountAsync());

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, EventJson.Options);
}
