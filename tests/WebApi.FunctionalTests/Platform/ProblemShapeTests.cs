namespace SupportDesk.WebApi.FunctionalTests.Platform;

/// <summary>Every error is an RFC 9457 problem with status, title, detail, code and traceId, whoever writes it.</summary>
public sealed class ProblemShapeTests : FunctionalTest
{
    [Test]
    public async Task A_validation_failure_is_a_problem_with_an_errors_map()
    {
        var response = await Desk.Anonymous.RegisterAsync(new RegisterRequest("bad", "x", ""));

        var problem = AssertProblem(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors!.Keys, Is.SupersetOf(new[] { "email", "password", "fullName" }));
    }

    [Test]
    public async Task A_missing_token_is_a_problem()
    {
        AssertProblem(await Desk.Anonymous.GetTicketsAsync(), HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Test]
    public async Task A_wrong_role_is_a_problem()
    {
        var customer = await Desk.RegisterCustomerAsync();

        AssertProblem(await customer.Api.GetAgentsAsync(), HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Test]
    public async Task A_missing_resource_is_a_problem()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetTicketAsync(Guid.NewGuid()), HttpStatusCode.NotFound, "ticket.not_found");
    }

    [Test]
    public async Task A_broken_rule_is_a_problem()
    {
        var manager = await Desk.ManagerAsync();
        var order = await Desk.ImportOrderAsync("dup@example.test");

        var response = await manager.ImportOrderAsync(new ImportOrderRequest(order.Number, "dup@example.test", DateTime.UtcNow.AddDays(-1), [Desk.Line()]));

        AssertProblem(response, HttpStatusCode.Conflict, "order.duplicate_number");
    }

    [Test]
    public async Task An_unknown_route_is_a_404_problem()
    {
        AssertProblem(await Desk.Anonymous.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "route.not_found");
    }

    [Test]
    public async Task A_route_with_a_malformed_id_is_a_404_problem()
    {
        var manager = await Desk.ManagerAsync();

        AssertProblem(await manager.GetAsync("/api/tickets/not-a-guid"), HttpStatusCode.NotFound, "route.not_found");
    }

    [Test]
    public async Task A_method_the_route_does_not_accept_is_a_405_problem()
    {
        var manager = await Desk.ManagerAsync();

        var response = await manager.SendAsync(HttpMethod.Delete, "/api/orders");

        AssertProblem(response, HttpStatusCode.MethodNotAllowed, "route.method_not_allowed");
        Assert.That(response.ContentHeaders.Allow, Does.Contain("GET").And.Contain("POST"));
    }

    [Test]
    public async Task Each_problem_has_its_own_trace_id()
    {
        var first = AssertProblem(await Desk.Anonymous.GetTicketsAsync(), HttpStatusCode.Unauthorized);
        var second = AssertProblem(await Desk.Anonymous.GetTicketsAsync(), HttpStatusCode.Unauthorized);

        Assert.That(first.TraceId, Is.Not.EqualTo(second.TraceId));
    }
}
