using System.Security.Cryptography;

namespace SupportDesk.Domain.Tickets;

/// <summary>
/// Human-readable ticket numbers such as <c>T-7KQ2-M9XD</c>: eight characters of Crockford's base 32 (no I, L, O
/// or U, so a number read over the phone is not mistyped), 40 random bits. Random rather than sequential so that
/// concurrent processes need no shared counter; uniqueness is enforced by the database.
/// </summary>
public static class TicketNumber
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"T-{chars[..4]}-{chars[4..]}";
    }

    public static bool LooksLikeNumber(string text) =>
        text.Length == 11 && text.StartsWith("T-", StringComparison.OrdinalIgnoreCase) && text[6] == '-';
}
