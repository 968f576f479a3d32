namespace SupportDesk.WebApi.Errors;

/// <summary>
/// How long each member of a problem the API writes can be: stated in the OpenAPI document, and held by the fuzz
/// sweep, which checks every problem it receives against them.
/// </summary>
public static class ProblemLimits
{
    /// <summary>At most this many messages for one invalid field.</summary>
    public const int MessagesPerField = 20;

    /// <summary>The longest value of each problem member, by its JSON name.</summary>
    public static readonly IReadOnlyDictionary<string, int> Lengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["type"] = 2048,
        ["title"] = 200,
        ["detail"] = 4000,
        ["instance"] = 2048,
        ["code"] = 100,
        ["traceId"] = 128,
    };
}
