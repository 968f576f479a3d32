using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Assignment.Commands.AssignWaitingTickets;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Assignment.Commands.AssignWaitingTickets;

/// <summary>The assignment run's own logic: pairing order, one save per pair, when it stops. Whether two processes
/// really cannot both win is the database's job and is proven by the integration suite on MariaDB.</summary>
public class AssignWaitingTicketsTests
{
    private MockDatabase _db = null!;
    private Mock<ILogger<AssignWaitingTicketsHandler>> _logger = null!;
    private Mock<IDeskMetrics> _metrics = null!;
    private AssignWaitingTicketsHandler _handler = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _logger = new Mock<ILogger<AssignWaitingTicketsHandler>>();
        _metrics = new Mock<IDeskMetrics>();
        _handler = new AssignWaitingTicketsHandler(_db.Object, new FixedClock(), QueuePolicy.Default, _metrics.Object, _logger.Object);
    }

    private Task<AssignmentRun> Run() => _handler.Handle(new AssignWaitingTicketsCommand(), CancellationToken.None);

    private Ticket WaitingTicket(DateTime createdAt)
    {
        var customer = Build.Customer();
        var order = Build.Order(customer);
        var ticket = Build.Ticket(customer, order, createdAt);
        _db.Tickets.Add(ticket);
        return ticket;
    }

    [Test]
    public async Task The_oldest_waiting_ticket_goes_to_the_agent_free_for_the_longest_time()
    {
        var newer = WaitingTicket(Build.Now.AddMinutes(-5));
        var oldest = WaitingTicket(Build.Now.AddMinutes(-50));
        var recentlyFree = Build.Agent("agent-1", availableSince: Build.Now.AddMinutes(-1));
        var longestFree = Build.Agent("agent-2", availableSince: Build.Now.AddHours(-3));
        var away = Build.Agent("agent-3", availableSince: Build.Now.AddHours(-9));
        away.GoAway();
        _db.Agents.AddRange([recentlyFree, longestFree, away]);

        var run = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(run, Is.EqualTo(new AssignmentRun(2, 0)));
            Assert.That(oldest.HolderAgentId, Is.EqualTo(longestFree.Id));
            Assert.That(newer.HolderAgentId, Is.EqualTo(recentlyFree.Id));
            Assert.That(oldest.AssignedAt, Is.EqualTo(Build.Now));
            Assert.That(away.CurrentTicketId, Is.Null);
        });
    }

    [Test]
    public async Task Each_pair_is_saved_on_its_own()
    {
        WaitingTicket(Build.Now.AddMinutes(-2));
        WaitingTicket(Build.Now.AddMinutes(-1));
        _db.Agents.AddRange([Build.Agent("agent-1"), Build.Agent("agent-2")]);

        await Run();

        Assert.That(_db.Saves, Is.EqualTo(2));
    }

    [Test]
    public async Task Tickets_beyond_the_free_agents_wait_in_the_queue()
    {
        var first = WaitingTicket(Build.Now.AddMinutes(-3));
        var second = WaitingTicket(Build.Now.AddMinutes(-2));
        var third = WaitingTicket(Build.Now.AddMinutes(-1));
        _db.Agents.Add(Build.Agent());

        var run = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(run.Assigned, Is.EqualTo(1));
            Assert.That(first.Status, Is.EqualTo(TicketStatus.InProgress));
            Assert.That(new[] { second.Status, third.Status }, Is.All.EqualTo(TicketStatus.Open));
        });
    }

    [Test]
    public async Task Without_waiting_tickets_nothing_is_saved()
    {
        _db.Agents.Add(Build.Agent());

        Assert.That(await Run(), Is.EqualTo(new AssignmentRun(0, 0)));
        Assert.That(_db.Saves, Is.Zero);
    }

    [Test]
    public async Task Without_free_agents_nothing_is_saved()
    {
        WaitingTicket(Build.Now.AddMinutes(-1));
        var away = Build.Agent();
        away.GoAway();
        _db.Agents.Add(away);

        Assert.That(await Run(), Is.EqualTo(new AssignmentRun(0, 0)));
        Assert.That(_db.Saves, Is.Zero);
    }

    [Test]
    public async Task A_lost_race_is_counted_and_the_next_pair_is_tried()
    {
        var ticket = WaitingTicket(Build.Now.AddMinutes(-1));
        var agent = Build.Agent();
        _db.Agents.Add(agent);
        _db.FailSaves(new DbUpdateConcurrencyException("the agent was taken meanwhile"));
        // After the failed save the run reloads: here the reload sees the ticket waiting and a free agent again.
        var reloads = 0;
        _db.OnDiscard = () =>
        {
            if (reloads++ == 0)
            {
                _db.Tickets.Clear();
                _db.Agents.Clear();
                ticket = WaitingTicket(Build.Now.AddMinutes(-1));
                agent = Build.Agent();
                _db.Agents.Add(agent);
            }
        };

        var run = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(run, Is.EqualTo(new AssignmentRun(1, 1)));
            Assert.That(ticket.HolderAgentId, Is.EqualTo(agent.Id));
        });
        _db.Mock.Verify(d => d.DiscardChanges(), Times.Exactly(2), "after the failed save and after the good one");
        _metrics.Verify(m => m.TicketAssigned(It.IsAny<TicketPriority>(), It.IsAny<TimeSpan>()), Times.Once(), "the saved pair only");
    }

    [Test]
    public async Task The_run_stops_after_the_maximum_number_of_conflicts()
    {
        // Every save loses its race and every reload sees a fresh waiting pair: without the limit this never ends.
        _db.FailEverySave(() => new DbUpdateException("lost the race"));
        _db.OnDiscard = () =>
        {
            _db.Tickets.Clear();
            _db.Agents.Clear();
            WaitingTicket(Build.Now.AddMinutes(-1));
            _db.Agents.Add(Build.Agent());
        };
        _db.OnDiscard();

        var run = await Run();

        Assert.Multiple(() =>
        {
            Assert.That(run, Is.EqualTo(new AssignmentRun(0, AssignWaitingTicketsHandler.MaxConflictsPerRun)));
            Assert.That(_db.Saves, Is.EqualTo(AssignWaitingTicketsHandler.MaxConflictsPerRun));
        });
        _logger.Verify(l => l.Log(LogLevel.Warning, It.IsAny<EventId>(),
            It.Is<It.IsAnyType>((s, _) => s.ToString()!.Contains("stopped after 50 conflicts")),
            It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once());
    }

    [Test]
    public void A_failure_other_than_a_lost_race_is_not_swallowed()
    {
        WaitingTicket(Build.Now.AddMinutes(-1));
        _db.Agents.Add(Build.Agent());
        _db.OnDiscard = () => { };
        _db.FailSaves(new TimeoutException("database unreachable"));

        Assert.ThrowsAsync<TimeoutException>(Run);
        _db.Mock.Verify(d => d.DiscardChanges(), Times.Once(), "the tracked changes are forgotten even then");
    }

    [Test]
    public async Task Each_assignment_records_how_long_the_ticket_waited()
    {
        var ticket = WaitingTicket(Build.Now.AddMinutes(-50));
        _db.Agents.Add(Build.Agent());

        await Run();

        _metrics.Verify(m => m.TicketAssigned(ticket.Priority, TimeSpan.FromMinutes(50)), Times.Once());
        _metrics.VerifyNoOtherCalls();
    }
}
