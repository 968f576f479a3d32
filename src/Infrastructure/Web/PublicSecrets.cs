using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace SupportDesk.Infrastructure.Web;

/// <summary>
/// Secrets everybody can read in this repository: the development JWT key of <c>appsettings.Development.json</c> and
/// the placeholders of <c>.env.example</c> (they all say "change-me"). Outside Development a process holding one of
/// them refuses to start, before it touches the database.
/// </summary>
public static class PublicSecrets
{
    /// <summary>The WebApi's committed development key (a test checks that it is the one in appsettings.Development.json).</summary>
    public const string DevelopmentJwtSigningKey = "development-only-signing-key-do-not-use-in-production-0123456789";

    public const string PlaceholderMarker = "change-me";

    /// <summary>The settings that hold secrets.</summary>
    public static readonly string[] SecretKeys =
    [
        "Jwt:SigningKey", "Bootstrap:ManagerPassword", "ConnectionStrings:SupportDesk", "DataProtection:CertificatePassword",
        "Metrics:Prometheus:BearerToken",
    ];

    public static void Refuse(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var found = SecretKeys
            .Where(key => configuration[key] is { Length: > 0 } value
                && (value == DevelopmentJwtSigningKey || value.Contains(PlaceholderMarker, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (found.Count > 0)
        {
            throw new InvalidOperationException(
                $"Refusing to start in {environment.EnvironmentName}: {string.Join(", ", found)} still hold(s) a secret published "
                + "with SupportDesk (the development JWT key or a .env.example placeholder). Set real secrets; see README, Production checklist.");
        }
    }
}
