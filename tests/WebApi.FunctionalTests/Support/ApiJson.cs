using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>The contract's JSON: camelCase names matched exactly, enums as strings only.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };
}
