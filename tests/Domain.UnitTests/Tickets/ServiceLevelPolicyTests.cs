namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>The service-level targets: due times per priority from the opening, following the current priority; a
/// target missed once recorded exactly once in the history, as an event naming the target.</summary>
public class ServiceLevelPolicyTests
{
    private const string Manager = "Mary Manager";

    private static Ticket OpenFor(ReturnReason reason, ServiceLevelPolicy? targets = null, DateTime? at = null)
    {
        var shop = new Shop();
        return Ticket.Open(TicketNumber.New(), shop.Customer, shop.Order, shop.Line.Id, 1, reason, "Not what I wanted.",
            ReturnPolicy.Default, at ?? Times.Opened, serviceLevels: targets);
    }

    [TestCase(TicketPriority.High, 15, 240)]
    [TestCase(TicketPriority.Normal, 60, 1440)]
    [TestCase(TicketPriority.Low, 240, 2880)]
    public void The_default_targets_of_each_priority(TicketPriority priority, int assignMinutes, int resolveMinutes)
    {
        var policy = ServiceLevelPolicy.Default;

        Assert.Multiple(() =>
        {
            Assert.That(policy.AssignBy(priority, Times.Opened), Is.EqualTo(Times.Opened.AddMinutes(assignMinutes)));
            Assert.That(policy.ResolveBy(priority, Times.Opened), Is.EqualTo(Times.Opened.AddMinutes(resolveMinutes)));
        });
    }

    [Test]
    public void A_ticket_opens_with_the_due_times_of_its_priority()
    {
        var ticket = OpenFor(ReturnReason.NoLongerNeeded);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.Priority, Is.EqualTo(TicketPriority.Low));
            Assert.That(ticket.AssignBy, Is.EqualTo(Times.Opened.AddMinutes(240)));
            Assert.That(ticket.ResolveBy, Is.EqualTo(Times.Opened.AddMinutes(2880)));
            Assert.That(ticket.SlaCheckAt, Is.EqualTo(ticket.AssignBy), "the job looks first at the assignment target");
        });
    }

    [Test]
    public void Configured_targets_replace_the_defaults_of_their_priority_only()
    {
        var policy = new ServiceLevelPolicy(new Dictionary<TicketPriority, int> { [TicketPriority.High] = 5 },
            new Dictionary<TicketPriority, int> { [TicketPriority.Low] = 10_000 });

        Assert.Multiple(() =>
        {
            Assert.That(policy.AssignWithin(TicketPriority.High), Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(policy.AssignWithin(TicketPriority.Normal), Is.EqualTo(TimeSpan.FromMinutes(60)));
            Assert.That(policy.ResolveWithin(TicketPriority.Low), Is.EqualTo(TimeSpan.FromMinutes(10_000)));
            Assert.That(policy.ResolveWithin(TicketPriority.High), Is.EqualTo(TimeSpan.FromMinutes(240)));
        });
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(ServiceLevelPolicy.MaxMinutes + 1)]
    public void A_target_that_is_not_positive_or_beyond_a_year_is_refused(int minutes) =>
        Assert.That(() => new ServiceLevelPolicy(new Dictionary<TicketPriority, int> { [TicketPriority.Normal] = minutes }),
            Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Changing_the_priority_moves_the_due_times_counted_from_the_opening()
    {
        var ticket = OpenFor(ReturnReason.NoLongerNeeded);

        ticket.ChangePriority(TicketPriority.High, Manager, Times.Opened.AddMinutes(10));

        Assert.Multiple(() =>
        {
            Assert.That(ticket.AssignBy, Is.EqualTo(Times.Opened.AddMinutes(15)));
            Assert.That(ticket.ResolveBy, Is.EqualTo(Times.Opened.AddMinutes(240)));
            Assert.That(ticket.SlaCheckAt, Is.EqualTo(Times.Opened.AddMinutes(15)));
        });
    }

    [Test]
    public void Missed_means_done_after_the_due_time_or_not_done_and_past_it()
    {
        var due = Times.Opened;
        Assert.Multiple(() =>
        {
            Assert.That(ServiceLevelPolicy.Missed(due, null, due), Is.False, "at the due time itself it is not missed yet");
            Assert.That(ServiceLevelPolicy.Missed(due, null, due.AddTicks(10)), Is.True);
            Assert.That(ServiceLevelPolicy.Missed(due, due, due.AddDays(1)), Is.False, "done at the due time is met");
            Assert.That(ServiceLevelPolicy.Missed(due, due.AddTicks(10), due.AddTicks(10)), Is.True, "done late");
        });
    }

    [Test]
    public void At_risk_is_the_last_fifth_of_a_target_not_done_nor_missed()
    {
        var within = TimeSpan.FromMinutes(60);
        var due = Times.Opened + within;
        Assert.Multiple(() =>
        {
            Assert.That(ServiceLevelPolicy.AtRisk(due, null, within, due.AddMinutes(-13)), Is.False);
            Assert.That(ServiceLevelPolicy.AtRisk(due, null, within, due.AddMinutes(-12)), Is.True);
            Assert.That(ServiceLevelPolicy.AtRisk(due, null, within, due), Is.True);
            Assert.That(ServiceLevelPolicy.AtRisk(due, null, within, due.AddTicks(10)), Is.False, "missed, no longer at risk");
            Assert.That(ServiceLevelPolicy.AtRisk(due, Times.Opened, within, due.AddMinutes(-1)), Is.False, "done");
        });
    }

    [Test]
    public void A_missed_assignment_is_recorded_once_with_an_event_naming_the_target()
    {
        var ticket = OpenFor(ReturnReason.Damaged);
        ticket.ClearDomainEvents();
        var late = Times.Opened.AddMinutes(16);

        Assert.That(ticket.RecordBreaches(Times.Opened.AddMinutes(15)), Is.Zero, "not yet past");
        Assert.That(ticket.RecordBreaches(late), Is.EqualTo(1));
        Assert.That(ticket.RecordBreaches(late.AddMinutes(1)), Is.Zero, "recorded once");

        var line = ticket.History.Last();
        Assert.Multiple(() =>
        {
            Assert.That(line.Type, Is.EqualTo(TicketEventType.SlaBreached));
            Assert.That(line.Detail, Is.EqualTo("Assignment target missed"));
            Assert.That(line.Actor, Is.EqualTo(Ticket.SystemActor));
            Assert.That(ticket.History.Count(e => e.Type == TicketEventType.SlaBreached), Is.EqualTo(1));
            Assert.That(ticket.AssignBreachedAt, Is.EqualTo(late));
            Assert.That(ticket.SlaCheckAt, Is.EqualTo(ticket.ResolveBy), "next: the resolution target");
            Assert.That(ticket.DomainEvents, Is.EqualTo(new[]
            {
                new TicketChanged(ticket.Id, TicketEventType.SlaBreached) { Target = SlaTarget.Assignment },
            }));
        });
    }

    [Test]
    public void A_ticket_assigned_late_has_its_miss_recorded_and_one_resolved_in_time_is_settled()
    {
        var ticket = OpenFor(ReturnReason.Damaged);
        var agent = Build.Agent();
        ticket.AssignTo(agent, Times.Opened.AddMinutes(20));
        Assert.That(ticket.SlaCheckAt, Is.EqualTo(ticket.AssignBy), "assigned late: still to record");

        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Opened.AddMinutes(30));
        Assert.That(ticket.RecordBreaches(Times.Opened.AddMinutes(31)), Is.EqualTo(1));

        Assert.Multiple(() =>
        {
            Assert.That(ticket.AssignBreachedAt, Is.Not.Null);
            Assert.That(ticket.ResolveBreachedAt, Is.Null);
            Assert.That(ticket.SlaCheckAt, Is.Null, "both targets settled: the job never reads it again");
        });
    }

    [Test]
    public void A_ticket_served_in_time_is_settled_and_never_breached()
    {
        var shop = new Shop();
        var agent = Build.Agent();
        var ticket = shop.TicketHeldBy(agent);
        Assert.That(ticket.SlaCheckAt, Is.EqualTo(ticket.ResolveBy), "assigned in time: only resolution left");

        ticket.Resolve(agent, ResolutionOutcome.Refund, "Refunded.", Times.Resolved);

        Assert.Multiple(() =>
        {
            Assert.That(ticket.SlaCheckAt, Is.Null);
            Assert.That(ticket.RecordBreaches(Times.Later.AddDays(30)), Is.Zero);
        });
    }

    [Test]
    public void Both_targets_missed_at_once_are_two_lines_and_two_events()
    {
        var ticket = OpenFor(ReturnReason.Damaged);
        ticket.ClearDomainEvents();

        Assert.That(ticket.RecordBreaches(Times.Opened.AddDays(1)), Is.EqualTo(2));

        Assert.Multiple(() =>
        {
            Assert.That(ticket.History.Where(e => e.Type == TicketEventType.SlaBreached).Select(e => e.Detail),
                Is.EqualTo(new[] { "Assignment target missed", "Resolution target missed" }));
            Assert.That(ticket.DomainEvents.OfType<TicketChanged>().Select(e => e.Target),
                Is.EqualTo(new SlaTarget?[] { SlaTarget.Assignment, SlaTarget.Resolution }));
            Assert.That(ticket.SlaCheckAt, Is.Null);
        });
    }

    [Test]
    public void The_breached_filter_reads_as_the_rule_in_memory()
    {
        var now = Times.Opened.AddMinutes(30);
        var waiting = OpenFor(ReturnReason.Damaged);                       // High: due 9:15, waiting at 9:30
        var fresh = OpenFor(ReturnReason.Damaged, at: Times.Opened.AddMinutes(20)); // due 9:35
        var low = OpenFor(ReturnReason.NoLongerNeeded);                    // due 13:00
        var breached = ServiceLevelPolicy.Breached(now).Compile();

        Assert.Multiple(() =>
        {
            Assert.That(breached(waiting), Is.True);
            Assert.That(breached(fresh), Is.False);
            Assert.That(breached(low), Is.False);
        });
    }

    [Test]
    public void At_risk_in_sql_form_counts_the_last_fifth_of_each_priority()
    {
        var policy = ServiceLevelPolicy.Default;
        var high = OpenFor(ReturnReason.Damaged);          // assign by 9:15, at risk from 9:12
        var normal = OpenFor(ReturnReason.Other);          // assign by 10:00, at risk from 9:48

        Assert.Multiple(() =>
        {
            Assert.That(policy.AtRiskOpen(Times.Opened.AddMinutes(11)).Compile()(high), Is.False);
            Assert.That(policy.AtRiskOpen(Times.Opened.AddMinutes(12)).Compile()(high), Is.True);
            Assert.That(policy.AtRiskOpen(Times.Opened.AddMinutes(16)).Compile()(high), Is.False, "breached instead");
            Assert.That(policy.AtRiskOpen(Times.Opened.AddMinutes(12)).Compile()(normal), Is.False);
            Assert.That(policy.AtRiskOpen(Times.Opened.AddMinutes(48)).Compile()(normal), Is.True);
        });
    }
}
