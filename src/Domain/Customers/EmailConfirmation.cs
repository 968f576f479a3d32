using System.Security.Cryptography;
using System.Text;

namespace SupportDesk.Domain.Customers;

/// <summary>
/// A code sent to an address to prove that whoever registered it reads its mail. Only its hash is kept. A code
/// confirms once, before it expires, within a few guesses; a newer code for the account supersedes it.
/// </summary>
public sealed class EmailConfirmation : Entity
{
    public const int CodeLength = 8;

    private EmailConfirmation()
    {
        UserId = null!;
        CodeHash = null!;
    }

    public EmailConfirmation(string userId, string codeHash, DateTime now, TimeSpan lifetime)
    {
        UserId = Guard.NotBlank(userId, CustomerErrorCodes.Invalid, "Account", 450);
        CodeHash = Guard.NotBlank(codeHash, CustomerErrorCodes.Invalid, "Code", 64);
        CreatedAt = Guard.Utc(now);
        ExpiresAt = now + lifetime;
    }

    public string UserId { get; private set; }

    /// <summary>SHA-256 of the code, hexadecimal.</summary>
    public string CodeHash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When it confirmed the account or was superseded; a closed code confirms nothing.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>One guess: true when <paramref name="code"/> is this code, still open, unexpired and not guessed at
    /// too often; the code is then used up. Every guess counts, right or wrong.</summary>
    public bool TryConfirm(string code, DateTime now, int maxAttempts)
    {
        Guard.Utc(now);
        if (ClosedAt is not null || now >= ExpiresAt || Attempts >= maxAttempts)
        {
            return false;
        }

        Attempts++;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(CodeHash)))
        {
            return false;
        }

        ClosedAt = now;
        return true;
    }

    /// <summary>A newer code was sent: this one confirms nothing any more.</summary>
    public void Supersede(DateTime now) => ClosedAt ??= Guard.Utc(now);

    /// <summary>A new random code of <see cref="CodeLength"/> digits.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((code ?? string.Empty).Trim())));
}
