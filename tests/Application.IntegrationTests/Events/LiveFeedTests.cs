using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Application.Live;
using SupportDesk.Domain.Events;
using SupportDesk.Infrastructure;
using SupportDesk.Infrastructure.Events;
using SupportDesk.Infrastructure.Live;

namespace SupportDesk.Application.IntegrationTests.Events;

/// <summary>The feed read for live portal pages, on MariaDB: a portal process hears of changes another process
/// committed, a page reconnecting learns what it missed, and nothing is read while no page listens.</summary>
public sealed class LiveFeedTests : DatabaseTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_portal_process_hears_of_what_another_process_committed_in_feed_order()
    {
        await using var portal = PortalProcess();
        using var stop = new CancellationTokenSource();
        var feed = portal.Services.GetRequiredService<LiveFeed>();
        await feed.StartAsync(stop.Token);
        using var subscription = feed.Subscribe();
        var start = await subscription.StartAsync(CancellationToken.None).WaitAsync(Wait);

        // Everything below is written by the test's own desk: another process as far as the portal is concerned.
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();
        var ticketId = world.Tickets[0].Id;
        var agent = world.Agents[0];
        await Desk.SendAsync(new AddMessageCommand(ticketId, "Which colour?"), agent.Actor);
        await Desk.SendAsync(new AddMessageCommand(ticketId, "SECRET staff only", Internal: true), Desk.Manager);
        await Desk.SendAsync(new RemoveAgentCommand(agent.Id), Desk.Manager);
        await SequenceAsync(Desk);

        var heard = new List<LiveEvent>();
        while (await subscription.NextAsync(heard.Count == 0 ? Wait : TimeSpan.FromSeconds(2), CancellationToken.None) is { } change)
        {
            heard.Add(change);
        }

        await feed.StopAsync(CancellationToken.None);
        var ofTicket = heard.Where(e => e.TicketId == ticketId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(heard.Select(e => e.Position), Is.Ordered.And.Unique);
            Assert.That(heard[0].Position, Is.GreaterThan(start));
            Assert.That(ofTicket.Select(e => e.Type), Is.EqualTo(new[]
            {
                EventTypes.TicketOpened, EventTypes.TicketAssigned, EventTypes.TicketMessageAdded, EventTypes.DeskNoteAdded,
                EventTypes.TicketReturnedToQueue,
            }));
            Assert.That(ofTicket[1].AssignedAgentId, Is.EqualTo(agent.Id));
            Assert.That(ofTicket[3].AssignedAgentId, Is.EqualTo(agent.Id), "the note's signal names the agent holding the ticket");
            Assert.That(heard.Any(e => e.Type == EventTypes.AgentRemoved && e.AgentId == agent.Id), Is.True);
            Assert.That(heard.Select(e => e.Type), Has.Member(EventTypes.OrderImported));
        });
    }

    [Test]
    public async Task The_note_s_signal_carries_no_word_of_the_note_and_no_reader_of_the_feed_gets_it()
    {
        var world = await World.WithTicketsAsync(Desk, tickets: 1, agents: 1);
        await Desk.AssignAsync();
        await Desk.SendAsync(new AddMessageCommand(world.Tickets[0].Id, "SECRET customer sounds upset", Internal: true), world.Agents[0].Actor);
        await SequenceAsync(Desk);

        var signal = await Desk.QueryAsync(db => db.IntegrationEvents.SingleAsync(e => e.Type == EventTypes.DeskNoteAdded));
        var feed = await Desk.SendAsync(new Application.Events.Queries.GetEvents.GetEventsQuery(0, 500), Desk.Manager);
        Assert.Multiple(() =>
        {
            Assert.That(signal.Data, Does.Not.Contain("SECRET"));
            Assert.That(signal.Position, Is.Not.Null, "sequenced like every event, so live pages hear of it in order");
            Assert.That(feed.Items.Select(e => e.Type), Has.No.Member(EventTypes.DeskNoteAdded));
            Assert.That(feed.Items.Select(e => e.Position), Has.No.Member(signal.Position));
        });
    }

    [Test]
    public async Task A_page_catching_up_reads_what_it_missed_or_is_told_it_missed_too_much()
    {
        await using var portal = PortalProcess();
        await World.WithTicketsAsync(Desk, tickets: 3, agents: 1);
        await SequenceAsync(Desk);
        var feed = portal.Services.GetRequiredService<LiveFeed>();

        var missed = await feed.ReadAsync(after: 1, upTo: 4, max: 10, CancellationToken.None);
        var tooMany = await feed.ReadAsync(after: 0, upTo: 5, max: 2, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(missed!.Select(e => e.Position), Is.EqualTo(new long[] { 2, 3, 4 }));
            Assert.That(tooMany, Is.Null, "more than the page may replay: it refreshes everything instead");
        });
    }

    [Test]
    public async Task Nothing_is_read_while_no_page_listens_and_a_new_listener_starts_from_the_end_of_the_feed()
    {
        await World.WithTicketsAsync(Desk, tickets: 2);
        await SequenceAsync(Desk);
        await using var portal = PortalProcess();
        using var stop = new CancellationTokenSource();
        var feed = portal.Services.GetRequiredService<LiveFeed>();
        await feed.StartAsync(stop.Token);
        Assert.That(feed.Position, Is.Null, "not read before a page listens");

        long start;
        using (var subscription = feed.Subscribe())
        {
            start = await subscription.StartAsync(CancellationToken.None).WaitAsync(Wait);
            Assert.That(await subscription.NextAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None), Is.Null,
                "earlier events are not replayed to a new listener");
        }

        // Idle for 0 s: the feed stops reading once the last listener left.
        var deadline = DateTime.UtcNow + Wait;
        while (feed.Position is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await feed.StopAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(start, Is.EqualTo(3), "order imported and two tickets opened");
            Assert.That(feed.Position, Is.Null, "stopped reading when no page listened any more");
        });
    }

    /// <summary>A portal process of its own: its own services and feed reader on the same database.</summary>
    private static Desk PortalProcess()
    {
        var settings = new Dictionary<string, string?> { ["Live:PollMilliseconds"] = "20", ["Live:IdleSeconds"] = "0" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return Desk.Create("MySql", Database.ConnectionString, settings, services => services.AddLiveFeed(configuration));
    }

    private static async Task SequenceAsync(Desk desk)
    {
        await using var scope = desk.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventSequencer>().RunAsync(CancellationToken.None);
    }
}
