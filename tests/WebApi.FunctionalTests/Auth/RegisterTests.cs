namespace SupportDesk.WebApi.FunctionalTests.Auth;

public sealed class RegisterTests : FunctionalTest
{
    [Test]
    public async Task Registering_creates_a_customer_and_answers_201_with_its_profile()
    {
        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest("Ada@Example.test", Desk.Password, "Ada Lovelace"));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.ToString());
        var json = response.Json;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.GetProperty("id").GetGuid(), Is.Not.EqualTo(Guid.Empty));
            Assert.That(json.GetProperty("fullName").GetString(), Is.EqualTo("Ada Lovelace"));
            Assert.That(json.GetProperty("email").GetString(), Is.EqualTo("ada@example.test"), "emails are kept in lower case");
            Assert.That(response.Headers.Location?.ToString(), Does.EndWith("/api/customers/me"));
        }
    }

    [Test]
    public async Task A_registered_customer_can_sign_in_and_read_the_same_profile()
    {
        var registered = (await Desk.Anonymous.RegisterAsync(new RegisterRequest("grace@example.test", Desk.Password, "Grace Hopper")))
            .Expect(HttpStatusCode.Created);

        var customer = await Desk.SignInAsync("grace@example.test", Desk.Password);
        var me = (await customer.GetMyCustomerAsync()).Expect(HttpStatusCode.OK);

        Assert.That(me, Is.EqualTo(registered));
    }

    [TestCase("Short-Pass1", TestName = "Passwords_shorter_than_12_characters_are_refused")]
    [TestCase("Password1234", TestName = "Passwords_on_the_bundled_list_of_common_passwords_are_refused")]
    [TestCase("pASSWORD1234", TestName = "Common_passwords_are_refused_whatever_their_case")]
    public async Task A_weak_password_is_refused_and_creates_nothing(string password)
    {
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest("weak@example.test", password, "Weak Password"));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors!.Keys.Select(k => k.ToLowerInvariant()), Is.EquivalentTo(new[] { "password" }));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Registering_a_taken_email_is_a_conflict()
    {
        var first = await Desk.RegisterCustomerAsync();

        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest(first.Email.ToUpperInvariant(), Desk.Password, "Someone Else"));

        AssertProblem(response, HttpStatusCode.Conflict, "auth.email_taken");
    }

    [Test]
    public async Task Registering_with_an_agents_email_is_a_conflict()
    {
        var agent = await Desk.AddAgentAsync();

        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest(agent.Email, Desk.Password, "Not The Agent"));

        AssertProblem(response, HttpStatusCode.Conflict, "auth.email_taken");
    }

    [TestCase("short1A", TestName = "Registering_with_a_too_short_password_is_refused_with_the_password_field")]
    [TestCase("alllowercase1", TestName = "Registering_with_a_password_without_capitals_is_refused_with_the_password_field")]
    [TestCase("NoDigitsHere", TestName = "Registering_with_a_password_without_digits_is_refused_with_the_password_field")]
    public async Task Registering_with_a_weak_password_is_refused(string password)
    {
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest("weak@example.test", password, "Weak Password"));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors, Does.ContainKey("password"), response.ToString());
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing was created");
    }

    [TestCase("not-an-email")]
    [TestCase("")]
    public async Task Registering_with_an_invalid_email_is_refused_with_the_email_field(string email)
    {
        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Bad Email"));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey("email"), response.ToString());
    }

    [Test]
    public async Task Registering_without_a_name_is_refused_with_the_camel_case_field_name()
    {
        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest("noname@example.test", Desk.Password, " "));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Does.ContainKey("fullName"), response.ToString());
    }

    [Test]
    public async Task Registering_links_orders_the_shop_imported_for_the_same_email()
    {
        var email = Desk.UniqueEmail("early");
        var order = await Desk.ImportOrderAsync(email);

        var customer = (await Desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, "Early Bird"))).Expect(HttpStatusCode.Created);
        var api = await Desk.SignInAsync(email, Desk.Password);

        var orders = (await api.GetOrdersAsync()).Expect(HttpStatusCode.OK);
        Assert.That(customer.Id, Is.EqualTo(order.CustomerId));
        Assert.That(orders.Items.Select(o => o.Id), Is.EqualTo(new[] { order.Id }));
    }
}
