using SupportDesk.Application.Webhooks.Queries.GetWebhookDeliveries;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.UnitTests.Webhooks.Queries;

public class GetWebhookDeliveriesValidatorTests
{
    private readonly GetWebhookDeliveriesValidator _validator = new();

    [Test]
    public void A_subscription_with_a_status_passes() =>
        Assert.That(_validator.FailingFields(new GetWebhookDeliveriesQuery(Guid.NewGuid(), DeliveryStatus.Failed)), Is.Empty);

    [Test]
    public void Bad_fields_fail_each_on_its_name() =>
        Assert.That(_validator.FailingFields(new GetWebhookDeliveriesQuery(Guid.Empty, (DeliveryStatus)42, 0, 0)),
            Is.EqualTo(new[] { "Id", "Status", "Page", "PageSize" }));
}
