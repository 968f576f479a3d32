using SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;

namespace SupportDesk.Application.UnitTests.Webhooks.Commands;

public class RedeliverFailedDeliveriesValidatorTests
{
    private readonly RedeliverFailedDeliveriesValidator _validator = new();

    [Test]
    public void A_subscription_and_a_time_pass() =>
        Assert.That(_validator.FailingFields(new RedeliverFailedDeliveriesCommand(Guid.NewGuid(), DateTime.UtcNow.AddDays(-2))), Is.Empty);

    [Test]
    public void No_subscription_and_no_time_fail_on_each() =>
        Assert.That(_validator.FailingFields(new RedeliverFailedDeliveriesCommand(Guid.Empty, default)), Is.EqualTo(new[] { "Id", "Since" }));
}
