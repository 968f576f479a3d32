using SupportDesk.Application.Webhooks.Commands.RedeliverWebhookDelivery;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class RedeliverWebhookDeliveryValidatorTests
{
    private readonly RedeliverWebhookDeliveryValidator _validator = new();

    [Test]
    public void Both_ids_pass() =>
        Assert.That(_validator.FailingFields(new RedeliverWebhookDeliveryCommand(Guid.NewGuid(), Guid.NewGuid())), Is.Empty);

    [Test]
    public void Empty_ids_fail_on_each() =>
        Assert.That(_validator.FailingFields(new RedeliverWebhookDeliveryCommand(Guid.Empty, Guid.Empty)), Is.EqualTo(new[] { "Id", "DeliveryId" }));
}
