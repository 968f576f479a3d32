using System.Text.Json.Nodes;

namespace SupportDesk.WebApi.FunctionalTests.Requests;

/// <summary>
/// Bad input on every POST and PUT endpoint: each malformed body gets a 4xx problem with a code and a trace id,
/// never a 5xx, and changes nothing. Nothing here changes the desk, so the fixture arranges it once; each test
/// compares the database before and after its own request.
/// </summary>
public sealed class MalformedBodyTests
{
    /// <summary>Above the API's 256 KB request body limit.</summary>
    private const int OversizedBytes = 300 * 1024;

    private static readonly Dictionary<string, Func<BodyTarget, ArrangedDesk, (string? Body, string? MediaType)>> CommonBreakages = new()
    {
        ["invalid JSON"] = (t, d) => (Truncated(t.ValidBody(d)), "application/json"),
        ["not JSON at all"] = (_, _) => ("email=someone@example.test&available=true", "application/json"),
        ["missing required fields"] = (_, _) => ("{}", "application/json"),
        ["null body"] = (_, _) => ("null", "application/json"),
        ["empty body"] = (_, _) => ("", "application/json"),
        ["array for the body"] = (t, d) => ($"[{t.ValidBody(d).ToJsonString()}]", "application/json"),
        ["string for the body"] = (_, _) => ("\"hello\"", "application/json"),
        ["wrong content type"] = (t, d) => (t.ValidBody(d).ToJsonString(), "text/plain"),
        ["form content type"] = (t, d) => (t.ValidBody(d).ToJsonString(), "application/x-www-form-urlencoded"),
        ["no content type"] = (t, d) => (t.ValidBody(d).ToJsonString(), null),
        ["body over 256 KB"] = (t, d) => (Oversized(t.ValidBody(d)), "application/json"),
    };

    private readonly Desk _desk = new();
    private ArrangedDesk _arranged = null!;

    public static IEnumerable<TestCaseData> EveryEndpointAndBreakage()
    {
        foreach (var target in BodyTarget.All)
        {
            foreach (var breakage in CommonBreakages.Keys.Concat(target.WrongTypes.Keys))
            {
                yield return new TestCaseData(target.Name, breakage).SetArgDisplayNames(target.Name, breakage);
            }
        }
    }

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        await FunctionalTestRun.ResetAsync();
        _arranged = await ArrangedDesk.ArrangeAsync(_desk);
    }

    [TestCaseSource(nameof(EveryEndpointAndBreakage))]
    public async Task A_malformed_body_is_a_4xx_problem_and_changes_nothing(string targetName, string breakage)
    {
        var target = BodyTarget.Named(targetName);
        var (body, mediaType) = CommonBreakages.TryGetValue(breakage, out var common)
            ? common(target, _arranged)
            : (Broken(target, breakage), "application/json");
        var before = await FunctionalTestRun.Database.FingerprintAsync();

        var response = await target.Caller(_arranged).SendTextAsync(new HttpMethod(target.Method), target.Path(_arranged), body!, mediaType);

        Assert.That((int)response.Status, Is.InRange(400, 499), response.ToString());
        var problem = Problems.Assert(response, response.Status);
        Assert.That(problem.Code, Does.StartWith("request."), "a request problem, not a business rule");
        Assert.That(await FunctionalTestRun.Database.FingerprintAsync(), Is.EqualTo(before), "nothing changed");
    }

    [TestCaseSource(typeof(BodyTarget), nameof(BodyTarget.All))]
    public async Task A_body_over_the_limit_is_413(BodyTarget target)
    {
        var response = await target.Caller(_arranged).SendTextAsync(new HttpMethod(target.Method), target.Path(_arranged),
            Oversized(target.ValidBody(_arranged)));

        Problems.Assert(response, HttpStatusCode.RequestEntityTooLarge, "request.too_large");
    }

    [TestCaseSource(typeof(BodyTarget), nameof(BodyTarget.All))]
    public async Task A_body_that_is_not_json_is_415(BodyTarget target)
    {
        var response = await target.Caller(_arranged).SendTextAsync(new HttpMethod(target.Method), target.Path(_arranged),
            target.ValidBody(_arranged).ToJsonString(), "text/plain");

        Problems.Assert(response, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [TestCaseSource(typeof(BodyTarget), nameof(BodyTarget.All))]
    public async Task Missing_fields_are_named_in_the_errors_map(BodyTarget target)
    {
        var response = await target.Caller(_arranged).SendTextAsync(new HttpMethod(target.Method), target.Path(_arranged), "{}");

        var problem = Problems.Assert(response, HttpStatusCode.BadRequest);
        Assert.That(problem.Errors, Is.Not.Null.And.Not.Empty, response.ToString());
        Assert.That(problem.Errors!.Keys, Has.None.Contains("$").And.None.Contains("Command").And.None.Contains("Request"),
            "field paths as the client wrote them, not our type names");
    }

    private string Broken(BodyTarget target, string breakage)
    {
        var body = target.ValidBody(_arranged);
        target.WrongTypes[breakage](body);
        return body.ToJsonString();
    }

    private static string Truncated(JsonObject body)
    {
        var json = body.ToJsonString();
        return json[..(json.Length - 3)];
    }

    private static string Oversized(JsonObject body)
    {
        var first = body.First(p => p.Value is JsonValue).Key;
        body[first] = new string('x', OversizedBytes);
        return body.ToJsonString();
    }
}
