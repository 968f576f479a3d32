using SupportDesk.Application.Webhooks.Queries.GetWebhooks;

namespace SupportDesk.Application.UnitTests.Webhooks.Queries;

public class GetWebhooksValidatorTests
{
    private readonly GetWebhooksValidator _validator = new();

    [Test]
    public void The_first_page_passes() => Assert.That(_validator.FailingFields(new GetWebhooksQuery()), Is.Empty);

    [Test]
    public void A_page_out_of_range_fails_on_paging() =>
        Assert.That(_validator.FailingFields(new GetWebhooksQuery(0, 101)), Is.EqualTo(new[] { "Page", "PageSize" }));
}
