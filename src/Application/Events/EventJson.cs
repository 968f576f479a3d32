using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportDesk.Application.Events;

/// <summary>How an event's <c>data</c> and a webhook's body are written: as the API writes its answers (camelCase,
/// enums as strings, times in UTC ISO-8601), so a resource reads the same in an event as from its own endpoint.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };
}
