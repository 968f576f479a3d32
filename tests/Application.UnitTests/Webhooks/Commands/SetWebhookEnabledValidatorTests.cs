using SupportDesk.Application.Webhooks.Commands.SetWebhookEnabled;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class SetWebhookEnabledValidatorTests
{
    private readonly SetWebhookEnabledValidator _validator = new();

    [Test]
    public void A_subscription_id_passes() =>
        Assert.That(_validator.FailingFields(new SetWebhookEnabledCommand(Guid.NewGuid(), false)), Is.Empty);

    [Test]
    public void An_empty_id_fails_on_id() =>
        Assert.That(_validator.FailingFields(new SetWebhookEnabledCommand(Guid.Empty, true)), Is.EqualTo(new[] { "Id" }));
}
