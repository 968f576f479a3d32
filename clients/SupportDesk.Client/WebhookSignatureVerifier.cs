using System.Security.Cryptography;
using System.Text;

namespace SupportDesk.Client;

/// <summary>
/// Checks a SupportDesk webhook (Standard Webhooks): <c>webhook-signature</c> holds one or more space-separated
/// <c>v1,&lt;base64&gt;</c>, each an HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c> keyed with the
/// base64-decoded part of the subscription's secret after <c>whsec_</c>. Give it the raw body, before any parsing.
/// </summary>
public sealed class WebhookSignatureVerifier
{
    private const string Prefix = "whsec_";
    private readonly byte[] _key;
    private readonly TimeSpan _tolerance;

    /// <param name="secret">The subscription's secret, as the API gave it (<c>whsec_…</c>).</param>
    /// <param name="tolerance">How far <c>webhook-timestamp</c> may be from now (replays); 5 minutes if not given.</param>
    public WebhookSignatureVerifier(string secret, TimeSpan? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("A SupportDesk webhook secret starts with whsec_.", nameof(secret));
        }

        _key = Convert.FromBase64String(secret[Prefix.Length..]);
        _tolerance = tolerance ?? TimeSpan.FromMinutes(5);
    }

    /// <summary>Whether the delivery is from SupportDesk, unchanged and recent.</summary>
    /// <param name="id">The <c>webhook-id</c> header.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c> header (Unix seconds).</param>
    /// <param name="signature">The <c>webhook-signature</c> header.</param>
    /// <param name="body">The raw request body.</param>
    /// <param name="now">The current time; the system clock if not given.</param>
    public bool Verify(string? id, string? timestamp, string? signature, string body, DateTimeOffset? now = null)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(signature) || body is null
            || !long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now ?? DateTimeOffset.UtcNow) - sent > _tolerance || sent - (now ?? DateTimeOffset.UtcNow) > _tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes("v1," + Convert.ToBase64String(
            HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"))));
        return signature.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected));
    }
}
