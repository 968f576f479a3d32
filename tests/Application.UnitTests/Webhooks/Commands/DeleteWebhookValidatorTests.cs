using SupportDesk.Application.Webhooks.Commands.DeleteWebhook;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class DeleteWebhookValidatorTests
{
    private readonly DeleteWebhookValidator _validator = new();

    [Test]
    public void A_subscription_id_passes() =>
        Assert.That(_validator.FailingFields(new DeleteWebhookCommand(Guid.NewGuid())), Is.Empty);

    [Test]
    public void An_empty_id_fails_on_id() =>
        Assert.That(_validator.FailingFields(new DeleteWebhookCommand(Guid.Empty)), Is.EqualTo(new[] { "Id" }));
}
