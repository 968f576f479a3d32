namespace SupportDesk.Domain.UnitTests.Tickets;

public class TicketNumberTests
{
    // Crockford's base 32: digits and upper-case letters without I, L, O and U.
    private const string Pattern = "^T-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$";

    [Test]
    public void A_number_reads_T_dash_four_dash_four_in_crockford_base_32()
    {
        Assert.That(TicketNumber.New(), Does.Match(Pattern));
    }

    [Test]
    public void Numbers_never_use_letters_that_are_misread_over_the_phone()
    {
        var characters = Enumerable.Range(0, 2_000).SelectMany(_ => TicketNumber.New()[2..]).Distinct().ToList();

        Assert.That(characters, Has.None.AnyOf('I', 'L', 'O', 'U'));
        Assert.That(characters, Has.All.Matches<char>(c => c == '-' || char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)));
    }

    [Test]
    public void Numbers_are_unique_over_many_draws()
    {
        var numbers = Enumerable.Range(0, 10_000).Select(_ => TicketNumber.New()).ToList();

        // 40 random bits: any clash among 10,000 draws has a chance of about 1 in 20,000 (the database's unique
        // index settles the rest).
        Assert.That(numbers, Is.Unique);
    }

    [Test]
    public void A_number_fits_its_column()
    {
        Assert.That(TicketNumber.New(), Has.Length.EqualTo(11));
    }

    [TestCase("T-7KQ2-M9XD", true)]
    [TestCase("t-7kq2-m9xd", true)]
    [TestCase("T-7KQ2M9XD", false)]
    [TestCase("X-7KQ2-M9XD", false)]
    [TestCase("T-7KQ2-M9XD1", false)]
    [TestCase("kettle", false)]
    public void Search_text_that_looks_like_a_number_is_recognised(string text, bool expected)
    {
        Assert.That(TicketNumber.LooksLikeNumber(text), Is.EqualTo(expected));
    }
}
