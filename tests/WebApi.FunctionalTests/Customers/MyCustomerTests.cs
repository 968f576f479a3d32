namespace SupportDesk.WebApi.FunctionalTests.Customers;

public sealed class MyCustomerTests : FunctionalTest
{
    [Test]
    public async Task A_customer_reads_their_own_profile()
    {
        var customer = await Desk.RegisterCustomerAsync("Katherine Johnson");

        var response = await customer.Api.GetMyCustomerAsync();

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
        Assert.That(response.Value, Is.EqualTo(new CustomerResponse(customer.Customer.Id, "Katherine Johnson", customer.Email)));
        Assert.That(response.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Two_customers_each_see_only_themselves()
    {
        var first = await Desk.RegisterCustomerAsync();
        var second = await Desk.RegisterCustomerAsync();

        var firstMe = (await first.Api.GetMyCustomerAsync()).Expect(HttpStatusCode.OK);
        var secondMe = (await second.Api.GetMyCustomerAsync()).Expect(HttpStatusCode.OK);

        Assert.That(firstMe.Id, Is.EqualTo(first.Customer.Id));
        Assert.That(secondMe.Id, Is.EqualTo(second.Customer.Id));
    }

    [Test]
    public async Task An_agent_is_refused_the_customer_profile()
    {
        var agent = await Desk.AddAgentAsync();

        AssertProblem(await agent.Api.GetMyCustomerAsync(), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task The_manager_is_refused_the_customer_profile()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetMyCustomerAsync(), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task Without_a_token_the_profile_is_401()
    {
        AssertProblem(await Desk.Anonymous.GetMyCustomerAsync(), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }
}
