using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Dashboard.Queries.GetDashboard;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.ServiceLevels.Commands.RecordSlaBreaches;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Commands.ResolveTicket;
using SupportDesk.Application.Tickets.Queries.GetTickets;

namespace SupportDesk.Application.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard's service-level figures on MariaDB, checked against the tickets' own columns read back and judged
/// here, independently of the queries: breached and at risk now among the tickets not resolved, and the tickets of the
/// period that met or missed their targets. The breach job recording the misses changes none of them.
/// </summary>
public sealed class ServiceLevelFiguresTests : DatabaseTest
{
    private static readonly DateTime Start = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, DateTime.UtcNow.Day,
        DateTime.UtcNow.Hour, DateTime.UtcNow.Minute, 0, DateTimeKind.Utc);

    private readonly ManualClock _clock = new(Start);

    [Test]
    public async Task The_figures_match_the_tickets_in_the_database()
    {
        await using var desk = Desk.Create("MySql", Database.ConnectionString,
            configure: services => services.AddSingleton<TimeProvider>(_clock));
        var customer = await desk.RegisterCustomerAsync("dash-sla@it.local");
        var order = await desk.ImportOrderAsync("SO-DASH-SLA", customer.Email, ("SKU-1", 20));
        var agent = await desk.CreateAgentAsync("dash-agent@it.local", "Dash Agent");

        // T1 (High) served in time; T6 (High) assigned late, then resolved; T2 (High) still waiting past its target;
        // T4 (High) waiting with less than a fifth of its 15 minutes left; T3 (Low) waiting well inside its target.
        var t1 = await OpenAsync(desk, customer, order, ReturnReason.Damaged, 0);
        _clock.Set(Start.AddMinutes(1));
        await desk.AssignAsync();
        _clock.Set(Start.AddMinutes(2));
        await desk.SendAsync(new ResolveTicketCommand(t1, ResolutionOutcome.Refund, "Refunded."), agent.Actor);
        var t6 = await OpenAsync(desk, customer, order, ReturnReason.Defective, 2);
        await OpenAsync(desk, customer, order, ReturnReason.WrongItem, 3);
        _clock.Set(Start.AddMinutes(20));
        await desk.AssignAsync();
        _clock.Set(Start.AddMinutes(21));
        await desk.SendAsync(new ResolveTicketCommand(t6, ResolutionOutcome.Replacement, "Replaced."), agent.Actor);
        await OpenAsync(desk, customer, order, ReturnReason.Damaged, 21);
        await OpenAsync(desk, customer, order, ReturnReason.NoLongerNeeded, 21);
        _clock.Set(Start.AddMinutes(34));

        var before = await desk.SendAsync(new GetDashboardQuery(), Desk.Manager);
        await desk.SendAsync(new RecordSlaBreachesCommand());
        var after = await desk.SendAsync(new GetDashboardQuery(), Desk.Manager);
        var expected = await JudgeAsync(desk, _clock.GetUtcNow().UtcDateTime);
        var breachedList = await desk.SendAsync(new GetTicketsQuery { Breached = true }, Desk.Manager);

        Assert.Multiple(() =>
        {
            Assert.That(Figures(before), Is.EqualTo((1, 1, 1, 2)), "T2 breached; T4 at risk; T1 within; T6 and T2 missed");
            Assert.That(Figures(before), Is.EqualTo(expected), "as judged from the columns");
            Assert.That(Figures(after), Is.EqualTo(expected), "recording the misses changes no figure");
            Assert.That(before.WithinTargetShare, Is.EqualTo(1.0 / 3).Within(1e-9));
            Assert.That(breachedList.TotalCount, Is.EqualTo(2), "the list's breached filter: T6 and T2");
            Assert.That(breachedList.Items.All(t => t.AssignBreached || t.ResolveBreached), Is.True);
        });
    }

    private static (int Breached, int AtRisk, int Within, int Missed) Figures(DashboardDto d) =>
        (d.BreachedTickets, d.AtRiskTickets, d.WithinTargetTickets, d.MissedTargetTickets);

    /// <summary>The figures from the raw columns, by the rules as the documentation states them.</summary>
    private static async Task<(int, int, int, int)> JudgeAsync(Desk desk, DateTime now)
    {
        var rows = await desk.QueryAsync(db => db.Tickets.AsNoTracking()
            .Select(t => new { t.Status, t.Priority, t.CreatedAt, t.AssignedAt, t.ResolvedAt, t.AssignBy, t.ResolveBy })
            .ToListAsync());
        var assignWithin = new Dictionary<TicketPriority, double> { [TicketPriority.High] = 15, [TicketPriority.Normal] = 60, [TicketPriority.Low] = 240 };
        var resolveWithin = new Dictionary<TicketPriority, double> { [TicketPriority.High] = 240, [TicketPriority.Normal] = 1440, [TicketPriority.Low] = 2880 };
        bool Missed(DateTime due, DateTime? done) => (done ?? now) > due;
        bool Breached(dynamic t) => Missed(t.AssignBy, t.AssignedAt) || Missed(t.ResolveBy, t.ResolvedAt);
        var open = rows.Where(t => t.Status != TicketStatus.Resolved).ToList();
        var breached = open.Count(t => Breached(t));
        var atRisk = open.Count(t => !Breached(t)
            && ((t.AssignedAt is null && (t.AssignBy - now).TotalMinutes <= 0.2 * assignWithin[t.Priority])
                || (t.ResolveBy - now).TotalMinutes <= 0.2 * resolveWithin[t.Priority]));
        var period = rows.Where(t => t.CreatedAt >= now.Date.AddDays(-13)).ToList();
        var within = period.Count(t => t.Status == TicketStatus.Resolved && !Breached(t));
        var missed = period.Count(t => Breached(t));
        return (breached, atRisk, within, missed);
    }

    private async Task<Guid> OpenAsync(Desk desk, Actor customer, OrderDto order, ReturnReason reason, int minute)
    {
        _clock.Set(Start.AddMinutes(minute));
        var ticket = await desk.SendAsync(new OpenTicketCommand(order.Id, order.Lines[0].Id, 1, reason, "Please take it back."), customer);
        return ticket.Id;
    }
}
