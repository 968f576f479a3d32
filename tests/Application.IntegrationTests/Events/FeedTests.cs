using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Events.Queries;
using SupportDesk.Application.Events.Queries.GetEvents;
using SupportDesk.Domain.Events;
using SupportDesk.Infrastructure.Events;

namespace SupportDesk.Application.IntegrationTests.Events;

/// <summary>The change feed on MariaDB: gap-free positions in commit order, even while several processes write
/// and sequence at once, so a reader that follows <c>next</c> sees every event once and never a lower position.</summary>
public sealed class FeedTests : DatabaseTest
{
    [Test]
    public async Task The_sequencer_numbers_committed_events_from_one_and_the_feed_pages_by_next()
    {
        await World.WithTicketsAsync(Desk, tickets: 3, agents: 1);
        var run = await SequenceAsync(Desk);

        var first = await Desk.SendAsync(new GetEventsQuery(0, 2), Desk.Manager);
        var rest = await Desk.SendAsync(new GetEventsQuery(first.Next, 100), Desk.Manager);
        var after = await Desk.SendAsync(new GetEventsQuery(rest.Next, 100), Desk.Manager);
        var tickets = await Desk.SendAsync(new GetEventsQuery(0, 100, [EventTypes.TicketOpened]), Desk.Manager);

        Assert.Multiple(() =>
        {
            Assert.That(run.Events, Is.EqualTo(5), "order imported, agent created, three tickets opened");
            Assert.That(first.Items.Select(e => e.Position), Is.EqualTo(new long?[] { 1, 2 }));
            Assert.That(first.Next, Is.EqualTo(2));
            Assert.That(rest.Items.Select(e => e.Position), Is.EqualTo(new long?[] { 3, 4, 5 }));
            Assert.That(after.Items, Is.Empty);
            Assert.That(after.Next, Is.EqualTo(5), "nothing new: ask after the same position again");
            Assert.That(tickets.Items.Select(e => e.Type), Is.EqualTo(Enumerable.Repeat(EventTypes.TicketOpened, 3)));
        });
    }

    [Test]
    public async Task Events_written_but_not_yet_sequenced_are_not_in_the_feed()
    {
        await World.WithTicketsAsync(Desk, tickets: 1);

        var page = await Desk.SendAsync(new GetEventsQuery(), Desk.Manager);

        Assert.That(page.Items, Is.Empty);
        await SequenceAsync(Desk);
        Assert.That((await Desk.SendAsync(new GetEventsQuery(), Desk.Manager)).Items, Has.Count.EqualTo(2));
    }

    /// <summary>
    /// The classic outbox gap: an id taken at insert by a transaction that commits after one with a higher id.
    /// Three processes write orders and tickets at once, two of them sequence in a loop, and a reader follows
    /// <c>next</c> the whole time: it must see positions 1, 2, 3… with no hole and no step back, and in the end
    /// every event exactly once.
    /// </summary>
    [Test]
    public async Task A_reader_never_sees_a_lower_position_later_while_processes_write_and_sequence_at_once()
    {
        await using var second = Desk.Create("MySql", Database.ConnectionString);
        await using var third = Desk.Create("MySql", Database.ConnectionString);
        var writers = new[] { Desk, second, third };
        var customer = await Desk.RegisterCustomerAsync("feed@it.local");
        var order = await Desk.ImportOrderAsync("SO-FEED-0", customer.Email, ("SKU-1", 10_000));

        using var writing = new CancellationTokenSource();
        using var sequenced = new CancellationTokenSource();
        var violations = new ConcurrentQueue<string>();
        var seen = new List<EventDto>();

        async Task Write(int worker)
        {
            var desk = writers[worker % writers.Length];
            for (var i = 0; i < 30; i++)
            {
                if (i % 2 == 0)
                {
                    await desk.ImportOrderAsync($"SO-FEED-{worker}-{i}", customer.Email);
                }
                else
                {
                    await desk.SendAsync(World.OpenOne(order), customer);
                }
            }
        }

        async Task Sequence(Desk desk)
        {
            while (!writing.IsCancellationRequested)
            {
                await SequenceAsync(desk);
                await Task.Delay(3);
            }
        }

        async Task Read()
        {
            long after = 0;
            while (true)
            {
                var done = sequenced.IsCancellationRequested;
                var page = await second.SendAsync(new GetEventsQuery(after, 37), Desk.Manager);
                foreach (var item in page.Items)
                {
                    if (item.Position != after + 1)
                    {
                        violations.Enqueue($"after {after} the feed gave {item.Position}");
                    }

                    after = item.Position!.Value;
                    seen.Add(item);
                }

                if (done && page.Items.Count == 0)
                {
                    return;
                }
            }
        }

        var sequencers = new[] { Sequence(second), Sequence(third) };
        var reader = Task.Run(Read);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(() => Write(worker))));
        await writing.CancelAsync();
        await Task.WhenAll(sequencers);
        await SequenceAsync(Desk);
        await sequenced.CancelAsync();
        await reader;

        var written = await Desk.QueryAsync(db => db.IntegrationEvents.Where(e => e.SubscriptionId == null).CountAsync());
        Assert.Multiple(() =>
        {
            Assert.That(violations, Is.Empty);
            Assert.That(written, Is.EqualTo(1 + (6 * 30)), "the first order, then 90 orders and 90 tickets");
            Assert.That(seen, Has.Count.EqualTo(written), "every event read");
            Assert.That(seen.Select(e => e.Id).Distinct().Count(), Is.EqualTo(written), "each exactly once");
        });
    }

    private static async Task<SequencingRun> SequenceAsync(Desk desk)
    {
        await using var scope = desk.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventSequencer>().RunAsync(CancellationToken.None);
    }
}
