using Microsoft.AspNetCore.DataProtection;

namespace SupportDesk.Infrastructure.Webhooks;

/// <summary>Signing secrets protected with the desk's Data Protection keys (kept in the database, encrypted with
/// the configured certificate when there is one), so a copy of the webhook table alone signs nothing.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection) : IWebhookSecrets
{
    private readonly IDataProtector _protector = protection.CreateProtector("SupportDesk.Webhooks.SigningSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string storedSecret) => _protector.Unprotect(storedSecret);
}
