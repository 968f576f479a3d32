using SupportDesk.Domain.Tickets;

namespace SupportDesk.Domain.UnitTests.Tickets;

public sealed class ResolutionOutcomeWordsTests
{
    [Test]
    public void Every_outcome_reads_as_words_not_as_its_code_name([Values] ResolutionOutcome outcome) =>
        Assert.That(ResolutionOutcomeWords.Of(outcome), Does.Match("^[A-Z][a-z]*( [a-z]+)*$"));

    [Test]
    public void Store_credit_is_two_words() =>
        Assert.That(ResolutionOutcomeWords.Of(ResolutionOutcome.StoreCredit), Is.EqualTo("Store credit"));

    [Test]
    public void A_resolved_ticket_s_history_says_the_outcome_in_words()
    {
        var agent = Build.Agent();
        var ticket = new Shop().TicketHeldBy(agent);

        ticket.Resolve(agent, ResolutionOutcome.StoreCredit, "Credited.", Times.Resolved);

        Assert.That(ticket.History.Last().Detail, Is.EqualTo("Store credit"));
    }
}
