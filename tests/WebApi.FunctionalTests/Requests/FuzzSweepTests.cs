using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupportDesk.WebApi.Errors;
using SupportDesk.WebApi.FunctionalTests.Support;

namespace SupportDesk.WebApi.FunctionalTests.Requests;

/// <summary>
/// A bounded, repeatable fuzzing run: for every operation of the served OpenAPI document and every kind of caller
/// (anonymous, customer, agent, manager), requests with mangled ids, extreme query values and mutated bodies, drawn
/// from a fixed seed. Whatever the input, the API never answers 5xx, and every 4xx it writes is a problem.
/// A failure message names the seed and the request, so a run can be replayed.
/// </summary>
public sealed class FuzzSweepTests
{
    private const int Seed = 20261201;
    private const int RequestsPerOperationAndCaller = 8;

    private static readonly string[] OddIds =
    [
        "0", "-1", "abc", "99999999999999999999", "00000000-0000-0000-0000-000000000000", "%20", "%E2%80%AE", "%C3%28",
        new string('9', 300), "..%2F..%2Fetc%2Fpasswd", "'%20OR%201=1--", "%F0%9F%99%82", "null", "true", "1e309",
    ];

    private static readonly string[] OddValues =
    [
        "", "-1", "0", "1", "2147483647", "2147483648", "-2147483649", "1.5", "1e309", "NaN", "abc", "true", "null",
        "%00", "%E2%80%AE", "%C3%28", "%F0%9F%99%82", "Open", "InProgress", "Resolved", "open", "2026-13-45",
        "2026-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01", new string('x', 2000), "a%26b%3Dc", "%5B%5D",
    ];

    /// <summary>For the integer parameters (paging): the edges of their range and of a 32-bit integer.</summary>
    private static readonly string[] OddIntegers = ["2147483647", "2147483646", "10001", "-2147483648", "-1", "0", "1", "100", "101", "abc"];

    private static readonly Func<Random, JsonNode?>[] OddJson =
    [
        _ => null,
        _ => JsonValue.Create(0),
        _ => JsonValue.Create(-1),
        _ => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(1e300),
        _ => JsonValue.Create(1.5),
        _ => JsonValue.Create(true),
        _ => JsonValue.Create(string.Empty),
        _ => JsonValue.Create("   "),
        _ => JsonValue.Create(new string('y', 5000)),
        _ => JsonValue.Create("\u0000\u001b\u202e"),
        _ => JsonValue.Create("🙂 Zoë"),
        _ => JsonValue.Create("00000000-0000-0000-0000-000000000000"),
        _ => JsonValue.Create("2026-02-30T25:61:00Z"),
        _ => new JsonArray(),
        _ => new JsonObject(),
        random => Nested(random.Next(40, 80)),
    ];

    private readonly Desk _desk = new();
    private ArrangedDesk _arranged = null!;

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        await FunctionalTestRun.ResetAsync();
        _arranged = await ArrangedDesk.ArrangeAsync(_desk);
    }

    [Test]
    public async Task Every_operation_and_caller_survives_malformed_requests_with_problems_and_no_5xx()
    {
        var random = new Random(Seed);
        var operations = await OperationsAsync();
        var callers = new (string Name, ApiClient Client)[]
        {
            ("anonymous", _arranged.Anonymous), ("customer", _arranged.Customer.Api), ("agent", _arranged.Agent.Api), ("manager", _arranged.Manager),
        };
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var sent = 0;

        foreach (var operation in operations)
        {
            foreach (var (callerName, caller) in callers)
            {
                for (var i = 0; i < RequestsPerOperationAndCaller; i++)
                {
                    using var request = Mangle(operation, random);
                    var description = $"{callerName}: {request.Method} {request.RequestUri}";
                    var response = await caller.SendAsync(request);
                    sent++;
                    statuses[(int)response.Status] = statuses.GetValueOrDefault((int)response.Status) + 1;
                    var problem = Check(response);
                    if (problem is not null)
                    {
                        failures.Add($"{description} -> {problem}");
                    }
                }
            }
        }

        await TestContext.Out.WriteLineAsync($"seed {Seed}: {sent} requests; " + string.Join(", ", statuses.Select(p => $"{p.Key}: {p.Value}")));
        Assert.That(operations, Has.Count.GreaterThanOrEqualTo(17), "every operation of the document");
        Assert.That(sent, Is.GreaterThanOrEqualTo(400));
        Assert.That(failures, Is.Empty, $"seed {Seed}, {sent} requests:\n{string.Join("\n", failures.Take(20))}");
        (await _desk.Anonymous.GetAsync("/health/ready")).Expect(HttpStatusCode.OK);
    }

    private static string? Check(ApiResponse response)
    {
        var status = (int)response.Status;
        if (status >= 500)
        {
            return $"{status} {Truncate(response.Body)}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.MediaType != Problems.MediaType)
        {
            return $"{status} without a problem ({response.MediaType}): {Truncate(response.Body)}";
        }

        using var json = JsonDocument.Parse(response.Body);
        var root = json.RootElement;
        var tooLong = ProblemLimits.Lengths.FirstOrDefault(limit =>
            root.TryGetProperty(limit.Key, out var member) && member.ValueKind == JsonValueKind.String && member.GetString()!.Length > limit.Value);
        if (tooLong.Key is not null)
        {
            return $"{status} with a problem {tooLong.Key} over the documented {tooLong.Value} characters";
        }

        return new[] { "title", "detail", "code", "traceId" }.All(f => root.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String)
            && root.TryGetProperty("status", out var s) && s.GetInt32() == status
            ? null
            : $"{status} with an incomplete problem: {Truncate(response.Body)}";
    }

    private HttpRequestMessage Mangle(Operation operation, Random random)
    {
        var path = operation.Path.Replace("{id}", PathId(operation, random), StringComparison.Ordinal);
        // One odd parameter at a time, so that it reaches the code that reads it rather than failing beside another.
        var query = string.Empty;
        if (operation.QueryParameters.Count > 0)
        {
            var name = operation.QueryParameters[random.Next(operation.QueryParameters.Count)];
            query = $"?{name}={Pick(name.StartsWith("page", StringComparison.Ordinal) ? OddIntegers : OddValues, random)}";
            if (name == "page" && random.Next(2) == 0)
            {
                query += "&pageSize=100";
            }
        }

        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + query);
        if (operation.HasBody)
        {
            request.Content = Body(operation, random);
        }

        return request;
    }

    private string PathId(Operation operation, Random random)
    {
        if (random.Next(3) > 0)
        {
            return OddIds[random.Next(OddIds.Length)];
        }

        // A real id of the right kind or of another kind: access rules and existence, not only parsing.
        var ids = new[] { _arranged.Ticket.Id, _arranged.Agent.Id, _arranged.Order.Id, _arranged.Customer.Customer.Id, Guid.NewGuid() };
        return ids[random.Next(ids.Length)].ToString();
    }

    private ByteArrayContent Body(Operation operation, Random random)
    {
        var target = BodyTarget.All.SingleOrDefault(t => t.Name == $"{operation.Method} {operation.Path}");
        byte[] bytes;
        switch (random.Next(6))
        {
            case 0:
                bytes = new byte[random.Next(1, 64)];
                random.NextBytes(bytes);
                break;
            case 1:
                bytes = Encoding.UTF8.GetBytes(OddJson[random.Next(OddJson.Length)](random)?.ToJsonString() ?? "null");
                break;
            default:
                var body = target?.ValidBody(_arranged) ?? new JsonObject();
                Mutate(body, random);
                bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
                break;
        }

        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>Replaces, removes or adds one to three fields, at the top or inside a nested object or array.</summary>
    private static void Mutate(JsonObject body, Random random)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var target = body;
            var nested = body.Select(p => p.Value).OfType<JsonArray>().SelectMany(a => a.OfType<JsonObject>()).ToList();
            if (nested.Count > 0 && random.Next(3) == 0)
            {
                target = nested[random.Next(nested.Count)];
            }

            var keys = target.Select(p => p.Key).ToList();
            switch (random.Next(4))
            {
                case 0 when keys.Count > 0:
                    target.Remove(keys[random.Next(keys.Count)]);
                    break;
                case 1:
                    target["unexpected" + random.Next(100)] = OddJson[random.Next(OddJson.Length)](random);
                    break;
                default:
                    if (keys.Count > 0)
                    {
                        target[keys[random.Next(keys.Count)]] = OddJson[random.Next(OddJson.Length)](random);
                    }

                    break;
            }
        }
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static async Task<List<Operation>> OperationsAsync()
    {
        var document = (await new Desk().Anonymous.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK).Json;
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var query = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                operations.Add(new Operation(operation.Name.ToUpperInvariant(), path.Name, query, operation.Value.TryGetProperty("requestBody", out _)));
            }
        }

        return operations;
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "...";

    private sealed record Operation(string Method, string Path, IReadOnlyList<string> QueryParameters, bool HasBody);
}
