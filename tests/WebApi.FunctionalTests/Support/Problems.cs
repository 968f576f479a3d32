using System.Text.Json;
using NUnitAssert = NUnit.Framework.Assert;

namespace SupportDesk.WebApi.FunctionalTests.Support;

public static class Problems
{
    public const string MediaType = "application/problem+json";

    /// <summary>
    /// Checks an error response against the contract: an RFC 9457 problem with status, title, detail, a stable code
    /// and a trace id, and nothing of the server's insides.
    /// </summary>
    public static ProblemResponse Assert(ApiResponse response, HttpStatusCode status, string? code = null)
    {
        NUnitAssert.That(response.Status, Is.EqualTo(status), response.ToString());
        NUnitAssert.That(response.MediaType, Is.EqualTo(MediaType), response.ToString());
        var json = response.Json;
        NUnitAssert.That(json.ValueKind, Is.EqualTo(JsonValueKind.Object), response.ToString());
        using (NUnitAssert.EnterMultipleScope())
        {
            foreach (var field in new[] { "title", "detail", "code", "traceId" })
            {
                NUnitAssert.That(json.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                    && value.GetString()!.Length > 0, Is.True, $"problem field '{field}' in {response}");
            }

            NUnitAssert.That(json.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == (int)status,
                Is.True, $"problem field 'status' in {response}");
            NUnitAssert.That(response.Body, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace or exception name");
        }

        var problem = response.Problem;
        if (code is not null)
        {
            NUnitAssert.That(problem.Code, Is.EqualTo(code), response.ToString());
        }

        return problem;
    }
}
