using SupportDesk.Application.Webhooks.Commands.RotateWebhookSecret;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class RotateWebhookSecretValidatorTests
{
    private readonly RotateWebhookSecretValidator _validator = new();

    [Test]
    public void A_subscription_id_passes() =>
        Assert.That(_validator.FailingFields(new RotateWebhookSecretCommand(Guid.NewGuid())), Is.Empty);

    [Test]
    public void An_empty_id_fails_on_id() =>
        Assert.That(_validator.FailingFields(new RotateWebhookSecretCommand(Guid.Empty)), Is.EqualTo(new[] { "Id" }));
}
