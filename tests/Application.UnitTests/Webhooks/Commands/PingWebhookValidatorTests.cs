using SupportDesk.Application.Webhooks.Commands.PingWebhook;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class PingWebhookValidatorTests
{
    private readonly PingWebhookValidator _validator = new();

    [Test]
    public void A_subscription_id_passes() =>
        Assert.That(_validator.FailingFields(new PingWebhookCommand(Guid.NewGuid())), Is.Empty);

    [Test]
    public void An_empty_id_fails_on_id() =>
        Assert.That(_validator.FailingFields(new PingWebhookCommand(Guid.Empty)), Is.EqualTo(new[] { "Id" }));
}
