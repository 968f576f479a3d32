namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>Which waiting ticket is next: the highest effective priority (one level up per 30 minutes of waiting,
/// never above High), then the oldest. The assignment reads each priority's oldest waiting ticket and lets the policy
/// pick the head; the integration suite runs it against MariaDB and SQLite, here it is run over built tickets.</summary>
public class QueueOrderTests
{
    private static readonly DateTime Now = Times.Later;
    private static readonly QueuePolicy Policy = QueuePolicy.Default;

    [TestCase(TicketPriority.High, 0, TicketPriority.High)]
    [TestCase(TicketPriority.Normal, 29, TicketPriority.Normal)]
    [TestCase(TicketPriority.Normal, 30, TicketPriority.High)]
    [TestCase(TicketPriority.Low, 29, TicketPriority.Low)]
    [TestCase(TicketPriority.Low, 30, TicketPriority.Normal)]
    [TestCase(TicketPriority.Low, 59, TicketPriority.Normal)]
    [TestCase(TicketPriority.Low, 60, TicketPriority.High)]
    [TestCase(TicketPriority.Low, 600, TicketPriority.High)]
    public void A_ticket_counts_one_level_higher_for_each_period_it_has_waited(
        TicketPriority priority, int waitedMinutes, TicketPriority expected) =>
        Assert.That(Policy.EffectivePriority(priority, Now.AddMinutes(-waitedMinutes), Now), Is.EqualTo(expected));

    [Test]
    public void The_head_of_each_priority_s_oldest_is_the_head_of_the_whole_queue()
    {
        // Random queues: the head found from the three oldest (what the assignment reads) is always the first of
        // the whole queue sorted by the policy.
        var random = new Random(20261202);
        var shop = new Shop(lineQuantity: 10_000);
        for (var round = 0; round < 200; round++)
        {
            var queue = Enumerable.Range(0, random.Next(1, 12)).Select(_ =>
            {
                var ticket = shop.OpenTicket(at: Now.AddMinutes(-random.Next(0, 4) * 15 - random.Next(0, 2)));
                ticket.ChangePriority((TicketPriority)random.Next(0, 3), "Mary Manager", Now);
                return ticket;
            }).ToList();

            var sorted = queue.OrderBy(t => t, Comparer<Ticket>.Create((x, y) => Policy.Compare(x, y, Now))).ToList();
            var oldest = Enum.GetValues<TicketPriority>().Select(p => queue.Where(t => t.Priority == p)
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id.ToString(), StringComparer.OrdinalIgnoreCase).FirstOrDefault());

            Assert.That(Policy.Head(oldest, Now), Is.SameAs(sorted[0]), $"round {round}");
        }
    }

    [Test]
    public void An_empty_queue_has_no_head() =>
        Assert.That(Policy.Head([null, null, null], Now), Is.Null);

    [Test]
    public void The_queue_serves_effective_priority_then_age()
    {
        var shop = new Shop(lineQuantity: 100);
        Ticket Waiting(TicketPriority priority, int waitedMinutes)
        {
            var ticket = shop.OpenTicket(at: Now.AddMinutes(-waitedMinutes));
            ticket.ChangePriority(priority, "Mary Manager", Now);
            return ticket;
        }

        var freshLow = Waiting(TicketPriority.Low, 5);
        var agedLow = Waiting(TicketPriority.Low, 65);
        var normal = Waiting(TicketPriority.Normal, 20);
        var high = Waiting(TicketPriority.High, 1);
        var agedNormal = Waiting(TicketPriority.Normal, 40);
        var halfAgedLow = Waiting(TicketPriority.Low, 45);

        var order = new[] { freshLow, agedLow, normal, high, agedNormal, halfAgedLow }
            .OrderBy(t => t, Comparer<Ticket>.Create((x, y) => Policy.Compare(x, y, Now))).ToList();

        // High: the aged Low (65 min, oldest), the aged Normal (40), the High (1); Normal: the half-aged Low (45),
        // the Normal (20); Low: the fresh Low.
        Assert.That(order, Is.EqualTo(new[] { agedLow, agedNormal, high, halfAgedLow, normal, freshLow }));
        Assert.That(order.Select(t => Policy.EffectivePriority(t.Priority, t.CreatedAt, Now)), Is.EqualTo(new[]
        {
            TicketPriority.High, TicketPriority.High, TicketPriority.High, TicketPriority.Normal, TicketPriority.Normal,
            TicketPriority.Low,
        }));
    }

    [TestCase(0)]
    [TestCase(QueuePolicy.MaxPromoteAfterMinutes + 1)]
    public void A_promotion_period_out_of_range_is_refused(int minutes) =>
        Assert.That(() => new QueuePolicy(minutes), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
