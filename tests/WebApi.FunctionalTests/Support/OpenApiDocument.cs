using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>The committed copy of the OpenAPI document (docs/openapi.json) and how two documents are compared.</summary>
public static class OpenApiDocument
{
    public const string UpdateVariable = "UPDATE_OPENAPI";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string CommittedPath => Path.Combine(RepositoryRoot(), "docs", "openapi.json");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// The document as a stable text: object members sorted by name (their order carries no meaning), arrays kept in
    /// order, and <c>servers</c> dropped (it names the host and port of whichever server answered).
    /// </summary>
    public static string Normalise(string json)
    {
        var node = JsonNode.Parse(json) ?? throw new InvalidDataException("The OpenAPI document is empty.");
        if (node is JsonObject root)
        {
            root.Remove("servers");
        }

        return Sorted(node)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SupportDesk.sln not found above the test directory.");
    }
}
