using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Domain.Emails;
using SupportDesk.Infrastructure.Metrics;

namespace SupportDesk.Application.IntegrationTests.Metrics;

/// <summary>
/// The figures behind the desk's gauges, on MariaDB: the queue by priority and the pending emails are what the
/// database holds, read once per <c>Metrics:SnapshotSeconds</c> however often they are asked for.
/// </summary>
public sealed class DeskSnapshotTests : DatabaseTest
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    [Test]
    public async Task The_figures_are_the_databases_and_are_reused_within_the_snapshot_window()
    {
        await using var desk = Desk.Create("MySql", Database.ConnectionString,
            configure: services => services.AddSingleton<TimeProvider>(_clock));
        var world = await World.WithTicketsAsync(desk, tickets: 2);
        var snapshot = desk.Services.GetRequiredService<DeskSnapshot>();

        var first = snapshot.Read();
        await desk.SendAsync(World.OpenOne(world.Order), world.Customer);
        var withinWindow = snapshot.Read();
        _clock.Advance(TimeSpan.FromSeconds(5));
        var afterWindow = snapshot.Read();

        var pending = await desk.QueryAsync(db => db.OutboundEmails.CountAsync(e => e.Status == EmailStatus.Pending));
        Assert.Multiple(() =>
        {
            Assert.That(first.QueueByPriority, Is.EqualTo(new Dictionary<TicketPriority, long>
            {
                [TicketPriority.High] = 2, [TicketPriority.Normal] = 0, [TicketPriority.Low] = 0,
            }), "Damaged is High; every priority is reported");
            Assert.That(withinWindow, Is.SameAs(first), "one read per window");
            Assert.That(afterWindow.QueueByPriority[TicketPriority.High], Is.EqualTo(3));
            Assert.That(afterWindow.EmailsPending, Is.EqualTo(pending).And.GreaterThan(0), "ticket-received emails wait in the outbox");
        });
    }
}
