using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Emails;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Domain.Emails;
using SupportDesk.Domain.Events;
using SupportDesk.Infrastructure.Emails;

namespace SupportDesk.Application.IntegrationTests.Emails;

/// <summary>
/// The email outbox on MariaDB: emails are written in the change's transaction (and not at all when it fails), one
/// per event and kind; they are sent to a real SMTP server on 127.0.0.1 at most once, whatever the number of
/// processes; a transmission a dead sender left is uncertain and never repeated; a mail server that is down is
/// retried on the schedule. The sender runs are started by the test, as the scheduler would.
/// </summary>
public sealed class EmailOutboxTests : DatabaseTest
{
    private ManualClock _clock = null!;
    private SmtpReceiver _smtp = null!;
    private Desk _desk = null!;
    private Desk _other = null!;

    [SetUp]
    public void StartDesks()
    {
        _clock = new ManualClock(DateTimeOffset.UtcNow);
        _smtp = new SmtpReceiver();
        var settings = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:TimeoutSeconds"] = "5",
            ["Email:BatchSize"] = "7",
        };
        _desk = Desk.Create("MySql", Database.ConnectionString, settings, services => services.AddSingleton<TimeProvider>(_clock));
        _other = Desk.Create("MySql", Database.ConnectionString, settings, services => services.AddSingleton<TimeProvider>(_clock));
    }

    [TearDown]
    public async Task StopDesksAsync()
    {
        await _desk.DisposeAsync();
        await _other.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Test]
    public async Task Each_ticket_change_writes_its_email_keyed_by_its_event()
    {
        var world = await World.WithTicketsAsync(_desk, tickets: 1, agents: 1);
        await _desk.AssignAsync();
        await _desk.SendAsync(new ResolveTicketCommand(world.Tickets[0].Id, ResolutionOutcome.Refund, "Refunded in full."), world.Agents[0].Actor);

        var emails = await _desk.QueryAsync(db => db.OutboundEmails.Where(e => e.ToAddress == world.Customer.Email)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync());
        var events = await _desk.QueryAsync(db => db.IntegrationEvents.Where(e => e.Type.StartsWith("ticket.")).ToListAsync());
        Assert.That(emails.Select(e => e.Kind), Is.EquivalentTo(new[]
            { EmailKinds.SignUpCode, EmailKinds.TicketReceived, EmailKinds.TicketAssigned, EmailKinds.TicketResolved }));
        Assert.Multiple(() =>
        {
            Assert.That(emails.Single(e => e.Kind == EmailKinds.TicketReceived).Key,
                Is.EqualTo($"{events.Single(e => e.Type == EventTypes.TicketOpened).EventId}:{EmailKinds.TicketReceived}"));
            Assert.That(emails.Single(e => e.Kind == EmailKinds.TicketAssigned).Key,
                Is.EqualTo($"{events.Single(e => e.Type == EventTypes.TicketAssigned).EventId}:{EmailKinds.TicketAssigned}"));
            Assert.That(emails.Single(e => e.Kind == EmailKinds.TicketResolved).TextBody, Does.Contain("Refunded in full."));
            Assert.That(emails.Single(e => e.Kind == EmailKinds.TicketAssigned).TextBody, Does.Contain("Agent is now working"),
                "the agent's first name ('Agent 0' in this world)");
        });
    }

    [Test]
    public async Task A_second_email_of_one_kind_for_one_event_is_refused_by_the_database()
    {
        await AddEmailsAsync(1, key: "evt_same:ticket-received");

        Assert.That(() => AddEmailsAsync(1, key: "evt_same:ticket-received"), Throws.InstanceOf<DbUpdateException>());
    }

    [Test]
    public async Task When_the_email_cannot_be_written_the_change_is_not_committed_either()
    {
        var world = await World.WithTicketsAsync(_desk, tickets: 0);
        await Database.ExecuteAsync(
            "CREATE TRIGGER email_outbox_refuses BEFORE INSERT ON OutboundEmails FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'email outbox refused'");
        try
        {
            Assert.That(() => _desk.SendAsync(World.OpenOne(world.Order), world.Customer), Throws.Exception);
        }
        finally
        {
            await Database.ExecuteAsync("DROP TRIGGER email_outbox_refuses");
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await _desk.QueryAsync(db => db.Tickets.CountAsync()), Is.Zero, "no ticket without its email");
            Assert.That(await _desk.QueryAsync(db => db.IntegrationEvents.CountAsync(e => e.Type == EventTypes.TicketOpened)), Is.Zero);
        });

        await _desk.SendAsync(World.OpenOne(world.Order), world.Customer);
        Assert.That(await _desk.QueryAsync(db => db.OutboundEmails.CountAsync(e => e.Kind == EmailKinds.TicketReceived)), Is.EqualTo(1));
    }

    [Test]
    public async Task Two_processes_sending_at_once_never_send_one_email_twice()
    {
        var ids = await AddEmailsAsync(60);

        var runs = Enumerable.Range(0, 4).SelectMany(_ => new[] { _desk, _other })
            .Select(desk => Task.Run(() => desk.Services.GetRequiredService<EmailDeliveryRun>().RunAsync(CancellationToken.None)));
        var sent = (await Task.WhenAll(runs)).Sum();

        Assert.That(sent, Is.EqualTo(60));
        Assert.That(_smtp.Received.Select(m => m.MessageId!.Split('@')[0]), Is.EquivalentTo(ids.Select(id => id.ToString("N"))), "each once");
        Assert.That(await _desk.QueryAsync(db => db.OutboundEmails.CountAsync(e => e.Status == EmailStatus.Sent)), Is.EqualTo(60));
    }

    [Test]
    public async Task A_transmission_a_dead_sender_left_is_uncertain_and_not_sent_again_while_one_not_begun_is_sent()
    {
        var ids = await AddEmailsAsync(2);
        var expired = _clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        await Database.ExecuteAsync(
            $"UPDATE OutboundEmails SET Status = 'Transmitting', Attempts = 1, LeaseOwner = 'dead', LeaseUntil = '{expired:yyyy-MM-dd HH:mm:ss}' WHERE Id = '{ids[0]}'");
        await Database.ExecuteAsync(
            $"UPDATE OutboundEmails SET LeaseOwner = 'dead', LeaseUntil = '{expired:yyyy-MM-dd HH:mm:ss}' WHERE Id = '{ids[1]}'");

        await RunAsync();
        await RunAsync();

        var rows = await _desk.QueryAsync(db => db.OutboundEmails.ToDictionaryAsync(e => e.Id));
        Assert.Multiple(() =>
        {
            Assert.That(rows[ids[0]].Status, Is.EqualTo(EmailStatus.Uncertain));
            Assert.That(rows[ids[0]].LastError, Does.Contain("may have been sent"));
            Assert.That(rows[ids[1]].Status, Is.EqualTo(EmailStatus.Sent));
            Assert.That(_smtp.Received.Select(m => m.MessageId!.Split('@')[0]), Is.EqualTo(new[] { ids[1].ToString("N") }));
        });
    }

    [Test]
    public async Task A_transmission_still_leased_by_a_live_sender_is_left_alone()
    {
        var ids = await AddEmailsAsync(1);
        var live = _clock.GetUtcNow().UtcDateTime.AddMinutes(1);
        await Database.ExecuteAsync(
            $"UPDATE OutboundEmails SET Status = 'Transmitting', LeaseOwner = 'alive', LeaseUntil = '{live:yyyy-MM-dd HH:mm:ss}' WHERE Id = '{ids[0]}'");

        await RunAsync();

        Assert.That(await _desk.QueryAsync(db => db.OutboundEmails.Select(e => e.Status).SingleAsync()), Is.EqualTo(EmailStatus.Transmitting));
        Assert.That(_smtp.Received, Is.Empty);
    }

    [Test]
    public async Task With_the_mail_server_down_an_email_backs_off_then_goes_once_it_is_back()
    {
        var ids = await AddEmailsAsync(1);
        await _smtp.StopAsync();
        var start = _clock.GetUtcNow().UtcDateTime;

        await RunAsync();
        var failed = await _desk.QueryAsync(db => db.OutboundEmails.SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(failed.Status, Is.EqualTo(EmailStatus.Pending));
            Assert.That(failed.Attempts, Is.EqualTo(1));
            Assert.That(failed.LastError, Does.StartWith("Could not connect"));
            Assert.That(failed.NextAttemptAt, Is.InRange(start.AddSeconds(4), start.AddSeconds(6)), "about 5 s, with jitter");
            Assert.That(failed.LeaseOwner, Is.Null);
        });

        _smtp.Start();
        await RunAsync();
        Assert.That(await _desk.QueryAsync(db => db.OutboundEmails.Select(e => e.Attempts).SingleAsync()), Is.EqualTo(1), "not due yet");

        _clock.Advance(TimeSpan.FromSeconds(7));
        await RunAsync();
        var sent = await _desk.QueryAsync(db => db.OutboundEmails.SingleAsync());
        Assert.That((sent.Status, sent.Attempts), Is.EqualTo((EmailStatus.Sent, 2)));
        Assert.That(_smtp.Received.Select(m => m.MessageId!.Split('@')[0]), Is.EqualTo(new[] { ids[0].ToString("N") }));
    }

    [Test]
    public async Task A_connection_lost_while_handing_an_email_over_leaves_it_uncertain_and_frees_the_rest_of_its_batch()
    {
        var ids = await AddEmailsAsync(3);
        var losing = new LosingTransport(failOnSend: 2);
        await using var desk = Desk.Create("MySql", Database.ConnectionString, new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:TimeoutSeconds"] = "5",
        }, services => services
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IEmailTransport>(provider => losing.Over(ActivatorUtilities.CreateInstance<SmtpTransport>(provider))));

        var sent = await desk.Services.GetRequiredService<EmailDeliveryRun>().RunAsync(CancellationToken.None);

        var order = losing.Handed.Select(m => Guid.ParseExact(m.MessageId!.Split('@')[0], "N")).ToList();
        Assert.That(order, Has.Count.EqualTo(2), "the third is not handed over on the lost connection");
        var rows = await _desk.QueryAsync(db => db.OutboundEmails.ToDictionaryAsync(e => e.Id));
        var rest = ids.Except(order).Single();
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(1));
            Assert.That(rows[order[0]].Status, Is.EqualTo(EmailStatus.Sent));
            Assert.That(rows[order[1]].Status, Is.EqualTo(EmailStatus.Uncertain));
            Assert.That(rows[order[1]].LastError, Does.Contain("connection failed while handing the email over"));
            Assert.That(rows[rest].Status, Is.EqualTo(EmailStatus.Pending));
            Assert.That(rows[rest].LastError, Does.StartWith("Not sent: the connection failed before its turn"));
            Assert.That((rows[rest].Attempts, rows[rest].LeaseOwner), Is.EqualTo((1, (string?)null)), "released");
            Assert.That(rows[rest].NextAttemptAt, Is.EqualTo(_clock.GetUtcNow().UtcDateTime.AddSeconds(4)).Within(TimeSpan.FromSeconds(1)),
                "the first retry's shortest delay");
        });

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.That(await RunAsync(), Is.EqualTo(1), "the one not begun goes on a fresh connection; the uncertain one never again");
        Assert.That(_smtp.Received.Select(m => m.MessageId!.Split('@')[0]),
            Is.EquivalentTo(new[] { order[0].ToString("N"), rest.ToString("N") }));
    }

    private Task<int> RunAsync() => _desk.Services.GetRequiredService<EmailDeliveryRun>().RunAsync(CancellationToken.None);

    private Task<List<Guid>> AddEmailsAsync(int count, string? key = null) => _desk.QueryAsync(async db =>
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var emails = Enumerable.Range(0, count).Select(i => CustomerEmails.Create(key ?? $"test:{Guid.NewGuid():N}", EmailKinds.AlreadyRegistered,
            $"customer{i}@it.local", $"Customer {i}", new Dictionary<string, string> { ["customerName"] = $"Customer {i}" }, now)).ToList();
        db.OutboundEmails.AddRange(emails);
        await db.SaveChangesAsync();
        return emails.Select(e => e.Id).ToList();
    });

    /// <summary>The real SMTP connection, lost (an I/O error after the server may have the message) on the n-th hand-over.</summary>
    private sealed class LosingTransport(int failOnSend)
    {
        private readonly List<MimeKit.MimeMessage> _handed = [];

        private int FailOnSend => failOnSend;

        public IReadOnlyList<MimeKit.MimeMessage> Handed => _handed;

        public IEmailTransport Over(IEmailTransport inner) => new Transport(this, inner);

        private sealed class Transport(LosingTransport test, IEmailTransport inner) : IEmailTransport
        {
            public async Task<IEmailConnection> ConnectAsync(CancellationToken cancellationToken) =>
                new Connection(test, await inner.ConnectAsync(cancellationToken));
        }

        private sealed class Connection(LosingTransport test, IEmailConnection inner) : IEmailConnection
        {
            public async Task SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
            {
                test._handed.Add(message);
                if (test._handed.Count == test.FailOnSend)
                {
                    throw new IOException("Connection reset by peer");
                }

                await inner.SendAsync(message, cancellationToken);
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
