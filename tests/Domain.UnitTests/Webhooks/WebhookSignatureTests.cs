using System.Security.Cryptography;
using System.Text;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Domain.UnitTests.Webhooks;

public class WebhookSignatureTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    [Test]
    public void A_signature_is_the_standard_webhooks_hmac_of_id_timestamp_and_body()
    {
        const string body = """{"id":"evt_1","type":"ping"}""";
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"evt_1.1700000000.{body}")));

        Assert.That(WebhookSignature.Sign(Secret, "evt_1", 1700000000, body), Is.EqualTo(expected));
    }

    [Test]
    public void Verification_accepts_any_of_several_signatures_and_refuses_a_changed_body()
    {
        var other = WebhookSignature.NewSecret();
        var header = WebhookSignature.Header([other, Secret], "evt_2", 1700000001, "{}");

        Assert.Multiple(() =>
        {
            Assert.That(header.Split(' '), Has.Length.EqualTo(2));
            Assert.That(WebhookSignature.Verify(Secret, "evt_2", 1700000001, "{}", header), Is.True);
            Assert.That(WebhookSignature.Verify(other, "evt_2", 1700000001, "{}", header), Is.True);
            Assert.That(WebhookSignature.Verify(Secret, "evt_2", 1700000001, "{ }", header), Is.False);
            Assert.That(WebhookSignature.Verify(Secret, "evt_2", 1700000002, "{}", header), Is.False);
            Assert.That(WebhookSignature.Verify(WebhookSignature.NewSecret(), "evt_2", 1700000001, "{}", header), Is.False);
        });
    }

    [Test]
    public void A_new_secret_has_the_prefix_and_32_random_bytes()
    {
        var one = WebhookSignature.NewSecret();
        var two = WebhookSignature.NewSecret();

        Assert.Multiple(() =>
        {
            Assert.That(one, Does.StartWith("whsec_"));
            Assert.That(Convert.FromBase64String(one["whsec_".Length..]), Has.Length.EqualTo(32));
            Assert.That(one, Is.Not.EqualTo(two));
        });
    }
}
