using System.Security.Cryptography;
using System.Text;

namespace SupportDesk.Domain.Webhooks;

/// <summary>
/// Standard Webhooks signing: a secret is <c>whsec_</c> + base64 of random bytes; a signature is <c>v1,</c> +
/// base64(HMAC-SHA256(secret bytes, "{id}.{timestamp}.{body}")); several are sent space-separated during a rotation.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";
    public const int SecretBytes = 32;

    /// <summary>A new secret with <see cref="SecretBytes"/> random bytes.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = KeyOf(secret);
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>The <c>webhook-signature</c> header for every secret in use.</summary>
    public static string Header(IEnumerable<string> secrets, string id, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => Sign(secret, id, timestamp, body)));

    /// <summary>Whether one of the header's signatures is the one <paramref name="secret"/> gives (constant time).</summary>
    public static bool Verify(string secret, string id, long timestamp, string body, string header)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, id, timestamp, body));
        return header.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected));
    }

    private static byte[] KeyOf(string secret)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("A webhook secret starts with whsec_.", nameof(secret));
        }

        return Convert.FromBase64String(secret[SecretPrefix.Length..]);
    }
}
