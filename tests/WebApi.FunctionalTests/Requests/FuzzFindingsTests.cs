using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SupportDesk.WebApi.FunctionalTests.Support;

namespace SupportDesk.WebApi.FunctionalTests.Requests;

/// <summary>
/// The findings of the fuzzing run (issue "Bad input never yields a 500"), one named test each: every refusal is a
/// 4xx problem and changes nothing.
/// </summary>
public sealed class FuzzFindingsTests
{
    private readonly Desk _desk = new();
    private ArrangedDesk _arranged = null!;

    [SetUp]
    public async Task ArrangeAsync()
    {
        await FunctionalTestRun.ResetAsync();
        _arranged = await ArrangedDesk.ArrangeAsync(_desk);
    }

    // --- 1. Charsets ---------------------------------------------------------------------------------------------

    [TestCaseSource(typeof(BodyTarget), nameof(BodyTarget.All))]
    public async Task Finding1_a_utf16_body_of_odd_length_is_a_415_problem_and_changes_nothing(BodyTarget target)
    {
        var bytes = Encoding.Unicode.GetBytes(target.ValidBody(_arranged).ToJsonString()).Append((byte)'x').ToArray();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await SendBytesAsync(target, bytes, "application/json; charset=utf-16");

        Problems.Assert(response, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing changed");
    }

    [TestCaseSource(typeof(BodyTarget), nameof(BodyTarget.All))]
    public async Task Finding1_bytes_that_are_not_utf8_are_a_400_problem_and_change_nothing(BodyTarget target)
    {
        // A valid body with a string value replaced by bytes that are no UTF-8 sequence (0xC3 0x28).
        var json = target.ValidBody(_arranged).ToJsonString();
        var quote = json.IndexOf(":\"", StringComparison.Ordinal) + 2;
        var bytes = Encoding.UTF8.GetBytes(json[..quote]).Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes(json[quote..])).ToArray();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await SendBytesAsync(target, bytes, "application/json; charset=utf-8");

        Problems.Assert(response, HttpStatusCode.BadRequest);
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing changed");
    }

    [Test]
    public async Task Finding1_an_explicit_utf8_charset_in_any_spelling_is_accepted()
    {
        var target = BodyTarget.Named("POST /api/auth/register");
        foreach (var mediaType in new[] { "application/json; charset=utf-8", "application/json; charset=UTF-8", "application/json" })
        {
            var response = await SendBytesAsync(target, Encoding.UTF8.GetBytes(target.ValidBody(_arranged).ToJsonString()), mediaType);
            Assert.That(response.Status, Is.EqualTo(target.Success), response.ToString());
        }
    }

    // --- 2. Unique indexes under concurrency ------------------------------------------------------------------------

    [Test]
    public async Task Finding2_the_same_email_signed_up_at_once_is_202_for_all_and_one_account()
    {
        var email = Desk.UniqueEmail("race");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            _desk.Anonymous.RegisterAsync(new RegisterRequest(email, Desk.Password, $"Racer {i}"))));

        Assert.That(responses.Select(r => r.Status), Is.All.EqualTo(HttpStatusCode.Accepted), string.Join("\n", responses.Select(r => r.ToString())));
        await using var scope = FunctionalTestRun.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SupportDesk.Infrastructure.Identity.ApplicationUser>>();
        Assert.That(await users.FindByEmailAsync(email), Is.Not.Null, "one account (the unique index refuses a second)");
    }

    [Test]
    public async Task Finding2_the_same_agent_email_created_at_once_is_one_201_and_409_problems()
    {
        var manager = await _desk.ManagerAsync();
        var email = Desk.UniqueEmail("race.agent");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            manager.CreateAgentAsync(new CreateAgentRequest($"Racer {i}", email, Desk.Password))));

        AssertOneCreatedRestConflicts(responses);
        var agents = (await manager.GetAgentsAsync($"?q={Uri.EscapeDataString(email)}")).Expect(HttpStatusCode.OK);
        Assert.That(agents.Items.Count(a => a.Email == email), Is.EqualTo(1));
    }

    [Test]
    public async Task Finding2_the_same_order_number_imported_at_once_is_one_201_and_409_problems()
    {
        var manager = await _desk.ManagerAsync();
        var number = Desk.UniqueOrderNumber();
        // Each for a new customer too: the customers' unique email index races as well.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            manager.ImportOrderAsync(new ImportOrderRequest(number, "new.buyer@example.test", DateTime.UtcNow.AddDays(-1), [Desk.Line()]))));

        AssertOneCreatedRestConflicts(responses);
    }

    // --- 3. Paging depth ---------------------------------------------------------------------------------------------

    [TestCase("/api/tickets")]
    [TestCase("/api/orders")]
    [TestCase("/api/agents")]
    public async Task Finding3_a_page_beyond_the_bound_is_a_400_problem(string path)
    {
        var manager = await _desk.ManagerAsync();

        foreach (var page in new[] { "2147483647", "10001" })
        {
            var response = await manager.GetAsync($"{path}?page={page}&pageSize=100");
            var problem = Problems.Assert(response, HttpStatusCode.BadRequest, "request.validation");
            Assert.That(problem.Errors, Contains.Key("page"));
        }

        (await manager.GetAsync($"{path}?page=10000&pageSize=100")).Expect(HttpStatusCode.OK);
    }

    // --- 4. Accepted but should not be -------------------------------------------------------------------------------

    [Test]
    public async Task Finding4_an_empty_password_on_agent_update_is_a_400_and_keeps_the_password()
    {
        var manager = await _desk.ManagerAsync();
        var agent = _arranged.Agent;
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest("Renamed", agent.Email, ""));

        var problem = Problems.Assert(response, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Contains.Key("password"));
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing changed");
        (await _desk.Anonymous.IssueTokenAsync(agent.Email, agent.Password)).Expect(HttpStatusCode.OK);

        // Left out, the password is kept and the rest is updated.
        (await manager.UpdateAgentAsync(agent.Id, new UpdateAgentRequest("Renamed", agent.Email))).Expect(HttpStatusCode.OK);
        (await _desk.Anonymous.IssueTokenAsync(agent.Email, agent.Password)).Expect(HttpStatusCode.OK);
    }

    [TestCase("\u0000")]
    [TestCase("\u001b[31m")]
    [TestCase("\u202e")]
    [TestCase("\u2066")]
    public async Task Finding4_control_and_bidi_override_characters_are_refused_in_identifiers_names_and_texts(string bad)
    {
        var manager = await _desk.ManagerAsync();
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var refusals = new (string Field, Task<ApiResponse> Call)[]
        {
            ("number", Untyped(manager.ImportOrderAsync(new ImportOrderRequest($"SO-{bad}1", "bidi@example.test", DateTime.UtcNow, [Desk.Line()])))),
            ("customerFullName", Untyped(manager.ImportOrderAsync(new ImportOrderRequest(Desk.UniqueOrderNumber(), "bidi@example.test",
                DateTime.UtcNow, [Desk.Line()], $"Eve{bad}"))) ),
            ("lines[0].productName", Untyped(manager.ImportOrderAsync(new ImportOrderRequest(Desk.UniqueOrderNumber(), "bidi@example.test",
                DateTime.UtcNow, [Desk.Line(productName: $"Lamp{bad}")])))),
            ("lines[0].sku", Untyped(manager.ImportOrderAsync(new ImportOrderRequest(Desk.UniqueOrderNumber(), "bidi@example.test",
                DateTime.UtcNow, [Desk.Line(sku: $"SKU{bad}")])))),
            ("fullName", _desk.Anonymous.RegisterAsync(new RegisterRequest(Desk.UniqueEmail("bidi"), Desk.Password, $"Mallory{bad}"))),
            ("fullName", Untyped(manager.CreateAgentAsync(new CreateAgentRequest($"Agent{bad}", Desk.UniqueEmail("bidi"), Desk.Password)))),
            ("fullName", Untyped(manager.UpdateAgentAsync(_arranged.Agent.Id, new UpdateAgentRequest($"Agent{bad}", _arranged.Agent.Email)))),
            ("description", Untyped(_arranged.Customer.Api.OpenTicketAsync(new OpenTicketRequest(_arranged.Order.Id, _arranged.Order.Lines[0].Id, 1,
                ReturnReason.Defective, $"Broken{bad}")))),
            ("note", Untyped(_arranged.Agent.Api.ResolveTicketAsync(_arranged.Ticket.Id, note: $"Refunded{bad}"))),
        };

        foreach (var (field, call) in refusals)
        {
            var problem = Problems.Assert(await call, HttpStatusCode.BadRequest, "request.validation");
            Assert.That(problem.Errors, Contains.Key(field));
        }

        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing changed");
    }

    [Test]
    public async Task Finding4_ordinary_unicode_and_line_breaks_are_kept()
    {
        var manager = await _desk.ManagerAsync();
        var order = (await manager.ImportOrderAsync(new ImportOrderRequest("ZÖ-Ø-ß-1", "zoe@example.test", DateTime.UtcNow.AddDays(-1),
            [Desk.Line(sku: "ÉTÉ-1", productName: "Théière 日本 \u200fمحمد\u200e")], "Zoë Ødegård"))).Expect(HttpStatusCode.Created);
        Assert.That(order.Number, Is.EqualTo("ZÖ-Ø-ß-1"));
        Assert.That(order.Lines[0].ProductName, Is.EqualTo("Théière 日本 \u200fمحمد\u200e"));

        var ticket = (await _arranged.Customer.Api.OpenTicketAsync(new OpenTicketRequest(_arranged.Order.Id, _arranged.Order.Lines[0].Id, 1,
            ReturnReason.Defective, "Line one.\r\nLine two,\twith a tab."))).Expect(HttpStatusCode.Created);
        Assert.That(ticket.Description, Is.EqualTo("Line one.\r\nLine two,\twith a tab."));
    }

    [TestCase("/api/tickets")]
    [TestCase("/api/agents/me")]
    [TestCase("/api/does-not-exist")]
    public async Task Finding4_accepting_only_xml_is_a_406_problem(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        var response = await _arranged.Agent.Api.SendAsync(request);

        // An unknown address stays a 404: there is nothing to negotiate.
        var expected = path.Contains("does-not-exist") ? HttpStatusCode.NotFound : HttpStatusCode.NotAcceptable;
        Problems.Assert(response, expected, expected == HttpStatusCode.NotAcceptable ? "request.not_acceptable" : null);
    }

    [TestCase("application/json")]
    [TestCase("application/*")]
    [TestCase("*/*")]
    [TestCase("application/xml, application/json;q=0.5")]
    public async Task Finding4_accepting_json_in_any_form_is_answered(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agents/me");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await _arranged.Agent.Api.SendAsync(request);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.ToString());
        Assert.That(response.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Sign_in_longer_than_any_account_can_be_is_a_400_as_the_document_states()
    {
        var tooLong = await _desk.Anonymous.IssueTokenAsync(_arranged.Customer.Email, new string('p', 129));
        var problem = Problems.Assert(tooLong, HttpStatusCode.BadRequest, "request.validation");
        Assert.That(problem.Errors, Contains.Key("password"));

        var token = (await _desk.Anonymous.IssueTokenAsync(_arranged.Customer.Email, _arranged.Customer.Password)).Expect(HttpStatusCode.OK);
        Assert.That(token.AccessToken, Has.Length.LessThanOrEqualTo(SupportDesk.WebApi.Contracts.TokenResponse.MaxAccessTokenLength));

        // Within the bounds, a wrong password stays the one 401 of every failed sign-in.
        Problems.Assert(await _desk.Anonymous.IssueTokenAsync(_arranged.Customer.Email, new string('p', 128)), HttpStatusCode.Unauthorized);
    }

    // --- 5. Refusals the server shapes ------------------------------------------------------------------------------

    [Test]
    public async Task Finding5_a_request_target_over_8_KB_is_a_414_problem()
    {
        var response = await _arranged.Agent.Api.GetAsync("/api/tickets?q=" + new string('a', 9 * 1024));

        Problems.Assert(response, HttpStatusCode.RequestUriTooLong, "request.uri_too_long");
        (await _arranged.Agent.Api.GetAsync("/api/tickets?q=" + new string('a', 100))).Expect(HttpStatusCode.OK);
    }

    [TestCase("/api/tickets/%00")]
    [TestCase("/api/agents/%00")]
    public async Task Finding5_a_nul_in_a_path_id_is_refused_by_the_server_before_the_application(string path)
    {
        // Kestrel refuses a request target that decodes to a NUL while parsing the request line, before any
        // application code runs: it answers a bare 400 that no middleware can shape (documented in README's limits).
        var response = await _arranged.Agent.Api.GetAsync(path);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest), response.ToString());
        Assert.That(response.Body, Is.Empty, "Kestrel's own refusal: if this fails, the application now sees these requests and must shape them");
        (await _arranged.Agent.Api.GetAsync("/health/live")).Expect(HttpStatusCode.OK);
    }

    private static void AssertOneCreatedRestConflicts(IEnumerable<ApiResponse> responses)
    {
        var all = responses.ToList();
        Assert.That(all.Count(r => r.Status == HttpStatusCode.Created), Is.EqualTo(1), string.Join("\n", all));
        foreach (var refused in all.Where(r => r.Status != HttpStatusCode.Created))
        {
            var problem = Problems.Assert(refused, HttpStatusCode.Conflict);
            Assert.That(problem.Code, Does.EndWith("email_taken").Or.EqualTo("order.duplicate_number").Or.EqualTo("request.conflict"));
        }
    }

    private static async Task<ApiResponse> Untyped<T>(Task<ApiResponse<T>> call) => await call;

    private Task<ApiResponse> SendBytesAsync(BodyTarget target, byte[] bytes, string contentType)
    {
        var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Path(_arranged)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return target.Caller(_arranged).SendAsync(request);
    }
}
