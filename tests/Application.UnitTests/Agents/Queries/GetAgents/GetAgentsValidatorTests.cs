using SupportDesk.Application.Agents.Queries.GetAgents;
using SupportDesk.Application.Customers.Queries.GetCustomers;
using SupportDesk.Application.Orders.Queries.GetOrders;

namespace SupportDesk.Application.UnitTests.Agents.Queries.GetAgents;

public class GetAgentsValidatorTests
{
    private readonly GetAgentsValidator _validator = new();

    [Test]
    public void The_default_query_passes() => Assert.That(_validator.FailingFields(new GetAgentsQuery()), Is.Empty);

    [Test]
    public void A_search_including_removed_agents_passes() =>
        Assert.That(_validator.FailingFields(new GetAgentsQuery(IncludeRemoved: true, Q: "grace", Page: 2, PageSize: 1)),
            Is.Empty);

    [Test]
    public void A_page_below_one_fails_on_page() =>
        Assert.That(_validator.FailingFields(new GetAgentsQuery(Page: 0)), Is.EqualTo(new[] { "Page" }));

    [TestCase(0)]
    [TestCase(101)]
    public void A_page_size_outside_1_to_100_fails_on_page_size(int pageSize) =>
        Assert.That(_validator.FailingFields(new GetAgentsQuery(PageSize: pageSize)), Is.EqualTo(new[] { "PageSize" }));

    [Test]
    public void Search_text_over_200_characters_fails_on_q() =>
        Assert.That(_validator.FailingFields(new GetAgentsQuery(Q: new string('q', 201))), Is.EqualTo(new[] { "Q" }));
}
