using SupportDesk.Domain.Customers;

namespace SupportDesk.Domain.UnitTests.Customers;

/// <summary>A confirmation code confirms once, before it expires, within a few guesses; a newer code supersedes it.</summary>
public class EmailConfirmationTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static EmailConfirmation For(string code) => new("user-1", EmailConfirmation.Hash(code), Start, Lifetime);

    [Test]
    public void The_right_code_confirms_once()
    {
        var confirmation = For("12345678");

        Assert.That(confirmation.TryConfirm("12345678", Start.AddMinutes(1), 5), Is.True);
        Assert.That(confirmation.TryConfirm("12345678", Start.AddMinutes(2), 5), Is.False, "used up");
    }

    [Test]
    public void A_code_with_spaces_around_it_is_the_same_code() =>
        Assert.That(For("12345678").TryConfirm(" 12345678 ", Start, 5), Is.True);

    [Test]
    public void An_expired_code_confirms_nothing() =>
        Assert.That(For("12345678").TryConfirm("12345678", Start + Lifetime, 5), Is.False);

    [Test]
    public void After_the_allowed_wrong_guesses_even_the_right_code_confirms_nothing()
    {
        var confirmation = For("12345678");
        for (var i = 0; i < 5; i++)
        {
            Assert.That(confirmation.TryConfirm("00000000", Start, 5), Is.False);
        }

        Assert.That(confirmation.TryConfirm("12345678", Start, 5), Is.False);
        Assert.That(confirmation.Attempts, Is.EqualTo(5));
    }

    [Test]
    public void A_superseded_code_confirms_nothing()
    {
        var confirmation = For("12345678");
        confirmation.Supersede(Start);

        Assert.That(confirmation.TryConfirm("12345678", Start, 5), Is.False);
    }

    [Test]
    public void Only_the_hash_is_kept_and_new_codes_are_eight_digits()
    {
        var code = EmailConfirmation.NewCode();

        Assert.That(code, Does.Match("^[0-9]{8}$"));
        Assert.That(For(code).CodeHash, Is.Not.EqualTo(code).And.Length.EqualTo(64));
    }
}
