using SupportDesk.Application.Webhooks.Queries.GetWebhook;

namespace SupportDesk.Application.UnitTests.Webhooks.Queries;

public class GetWebhookValidatorTests
{
    private readonly GetWebhookValidator _validator = new();

    [Test]
    public void A_subscription_id_passes() => Assert.That(_validator.FailingFields(new GetWebhookQuery(Guid.NewGuid())), Is.Empty);

    [Test]
    public void An_empty_id_fails_on_id() => Assert.That(_validator.FailingFields(new GetWebhookQuery(Guid.Empty)), Is.EqualTo(new[] { "Id" }));
}
