using SupportDesk.Application.Agents.Queries.GetAgents;
using SupportDesk.Application.Customers.Queries.GetCustomers;
using SupportDesk.Application.Orders.Queries.GetOrders;

namespace SupportDesk.Application.UnitTests.Customers.Queries.GetCustomers;

public class GetCustomersValidatorTests
{
    private readonly GetCustomersValidator _validator = new();

    [Test]
    public void The_default_query_passes() => Assert.That(_validator.FailingFields(new GetCustomersQuery()), Is.Empty);

    [Test]
    public void A_page_below_one_fails_on_page() =>
        Assert.That(_validator.FailingFields(new GetCustomersQuery(Page: 0)), Is.EqualTo(new[] { "Page" }));

    [TestCase(0)]
    [TestCase(101)]
    public void A_page_size_outside_1_to_100_fails_on_page_size(int pageSize) =>
        Assert.That(_validator.FailingFields(new GetCustomersQuery(PageSize: pageSize)),
            Is.EqualTo(new[] { "PageSize" }));

    [Test]
    public void Search_text_of_200_characters_passes_and_201_fails_on_q()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_validator.FailingFields(new GetCustomersQuery(Q: new string('q', 200))), Is.Empty);
            Assert.That(_validator.FailingFields(new GetCustomersQuery(Q: new string('q', 201))), Is.EqualTo(new[] { "Q" }));
        });
    }
}
