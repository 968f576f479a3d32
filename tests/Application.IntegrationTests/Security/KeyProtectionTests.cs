using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SupportDesk.Application.IntegrationTests.Security;

/// <summary>Security review, finding 5: the data-protection keys in the database are encrypted with the configured certificate.</summary>
public sealed class KeyProtectionTests : DatabaseTest
{
    [Test]
    public async Task Data_protection_keys_are_encrypted_with_the_configured_certificate()
    {
        var folder = Directory.CreateTempSubdirectory("supportdesk-keys-");
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["DataProtection:CertificatePath"] = WriteCertificate(folder.FullName, "Cert-Password-1"),
                ["DataProtection:CertificatePassword"] = "Cert-Password-1",
            };
            string protectedPayload;
            await using (var first = Desk.Create("MySql", Database.ConnectionString, settings))
            {
                protectedPayload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("cookie");
            }

            var keys = await Desk.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.That(keys, Is.Not.Empty);
            Assert.That(keys, Has.All.Contain("encryptedSecret").And.All.Not.Contain("<masterKey"), "no key in the clear");

            // Another process with the same certificate reads the keys.
            await using var second = Desk.Create("MySql", Database.ConnectionString, settings);
            Assert.That(second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload),
                Is.EqualTo("cookie"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string WriteCertificate(string folder, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SupportDesk data protection (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
