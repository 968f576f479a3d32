using System.Security.Cryptography.X509Certificates;

namespace SupportDesk.Infrastructure.Identity;

/// <summary>
/// The certificate that encrypts the data-protection keys (portal cookies, password tokens) stored in the database.
/// Without one they are stored unencrypted: fine on a laptop, not in production (README, Production checklist).
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key; the same on every process.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public X509Certificate2? LoadCertificate()
    {
        if (string.IsNullOrWhiteSpace(CertificatePath))
        {
            return null;
        }

        if (!File.Exists(CertificatePath))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath: no file at '{CertificatePath}'.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException("DataProtection:CertificatePath: the certificate has no private key.");
    }
}
