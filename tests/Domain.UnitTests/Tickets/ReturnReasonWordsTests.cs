using SupportDesk.Domain.Tickets;

namespace SupportDesk.Domain.UnitTests.Tickets;

public sealed class ReturnReasonWordsTests
{
    [Test]
    public void Every_reason_reads_as_words_not_as_its_code_name([Values] ReturnReason reason)
    {
        var words = ReturnReasonWords.Of(reason);

        Assert.That(words, Does.Match("^[A-Z][a-z]*( [a-z]+)*$"), "a capital, then lower-case words with spaces");
    }

    [Test]
    public void Two_words_are_spaced()
    {
        Assert.That(ReturnReasonWords.Of(ReturnReason.NoLongerNeeded), Is.EqualTo("No longer needed"));
    }

    [Test]
    public void An_unknown_value_is_refused()
    {
        Assert.That(() => ReturnReasonWords.Of((ReturnReason)99), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
