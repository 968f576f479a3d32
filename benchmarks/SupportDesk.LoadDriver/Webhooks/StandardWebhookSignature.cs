using System.Security.Cryptography;
using System.Text;

namespace SupportDesk.LoadDriver.Webhooks;

/// <summary>
/// The Standard Webhooks check a receiver makes, written from the specification (the driver knows nothing of the
/// product's types): HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c> with the base64-decoded part of the secret after
/// <c>whsec_</c>; the header holds one or more space-separated <c>v1,&lt;base64&gt;</c>.
/// </summary>
public static class StandardWebhookSignature
{
    public static bool Verify(string secret, string? id, string? timestamp, string body, string? header)
    {
        if (id is null || timestamp is null || header is null || !secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            return false;
        }

        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Encoding.ASCII.GetBytes("v1," + Convert.ToBase64String(
            HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"))));
        return header.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected));
    }
}
