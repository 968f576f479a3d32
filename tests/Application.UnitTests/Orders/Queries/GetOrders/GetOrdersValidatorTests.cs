using SupportDesk.Application.Agents.Queries.GetAgents;
using SupportDesk.Application.Customers.Queries.GetCustomers;
using SupportDesk.Application.Orders.Queries.GetOrders;

namespace SupportDesk.Application.UnitTests.Orders.Queries.GetOrders;

public class GetOrdersValidatorTests
{
    private readonly GetOrdersValidator _validator = new();

    [Test]
    public void The_default_query_passes() => Assert.That(_validator.FailingFields(new GetOrdersQuery()), Is.Empty);

    [Test]
    public void A_filtered_query_passes() =>
        Assert.That(_validator.FailingFields(new GetOrdersQuery(Guid.NewGuid(), "SO-1", 2, 50)), Is.Empty);

    [Test]
    public void A_page_below_one_fails_on_page() =>
        Assert.That(_validator.FailingFields(new GetOrdersQuery(Page: 0)), Is.EqualTo(new[] { "Page" }));

    [TestCase(0)]
    [TestCase(101)]
    public void A_page_size_outside_1_to_100_fails_on_page_size(int pageSize) =>
        Assert.That(_validator.FailingFields(new GetOrdersQuery(PageSize: pageSize)), Is.EqualTo(new[] { "PageSize" }));

    [Test]
    public void Search_text_over_100_characters_fails_on_q() =>
        Assert.That(_validator.FailingFields(new GetOrdersQuery(Q: new string('q', 101))), Is.EqualTo(new[] { "Q" }));
}
