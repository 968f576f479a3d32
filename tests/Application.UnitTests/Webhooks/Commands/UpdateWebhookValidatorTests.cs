using SupportDesk.Application.Webhooks.Commands.UpdateWebhook;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class UpdateWebhookValidatorTests
{
    private readonly UpdateWebhookValidator _validator = new();

    [Test]
    public void New_settings_pass() =>
        Assert.That(_validator.FailingFields(new UpdateWebhookCommand(Guid.NewGuid(), "https://shop.example/v2", ["agent.removed"], null, false)),
            Is.Empty);

    [Test]
    public void Each_bad_field_fails_on_its_own_name() =>
        Assert.That(_validator.FailingFields(new UpdateWebhookCommand(Guid.Empty, "nowhere", [], new string('d', 501), true)),
            Is.EquivalentTo(new[] { "Id", "Url", "Events", "Description" }));
}
