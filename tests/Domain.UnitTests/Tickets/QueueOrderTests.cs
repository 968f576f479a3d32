namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>Which waiting ticket is next: the highest effective priority (one level up per 30 minutes of waiting,
/// never above High), then the oldest. The same rule as an expression is run against MariaDB by the integration
/// suite; here it is run in memory over built tickets.</summary>
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
    public void The_rank_expression_agrees_with_the_effective_priority()
    {
        var rank = Policy.Rank(Now).Compile();
        var shop = new Shop(lineQuantity: 100);
        foreach (var priority in Enum.GetValues<TicketPriority>())
        {
            foreach (var waited in new[] { 0, 29, 30, 59, 60, 61, 1000 })
            {
                var ticket = shop.OpenTicket(at: Now.AddMinutes(-waited));
                ticket.ChangePriority(priority, "Mary Manager", Now);
                Assert.That(rank(ticket), Is.EqualTo((int)Policy.EffectivePriority(priority, ticket.CreatedAt, Now)),
                    $"{priority} after {waited} minutes");
            }
        }
    }

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

        var rank = Policy.Rank(Now).Compile();
        var order = new[] { freshLow, agedLow, normal, high, agedNormal, halfAgedLow }.AsQueryable()
            .OrderBy(Policy.Rank(Now)).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).ToList();

        // High: the aged Low (65 min, oldest), the aged Normal (40), the High (1); Normal: the half-aged Low (45),
        // the Normal (20); Low: the fresh Low.
        Assert.That(order, Is.EqualTo(new[] { agedLow, agedNormal, high, halfAgedLow, normal, freshLow }));
        Assert.That(order.Select(rank), Is.EqualTo(new[] { 0, 0, 0, 1, 1, 2 }));
    }

    [TestCase(0)]
    [TestCase(QueuePolicy.MaxPromoteAfterMinutes + 1)]
    public void A_promotion_period_out_of_range_is_refused(int minutes) =>
        Assert.That(() => new QueuePolicy(minutes), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
