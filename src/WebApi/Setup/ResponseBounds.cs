using Microsoft.OpenApi;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Events.Queries;
using SupportDesk.Application.Events.Queries.GetEvents;
using SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Tickets;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.WebApi.Setup;

/// <summary>
/// The bounds of what the API answers, from the same constants that size the database columns (<see cref="Limits"/>)
/// and the lists (<see cref="Paging"/>): a read model's name or SKU can never be longer than the column it is read
/// from. Request bodies are bounded by their validators first (<see cref="ContractBounds"/>); this fills in the rest.
/// Ids and times are bounded by their format: a uuid is 36 characters, an ISO 8601 time well under 64.
/// </summary>
internal static class ResponseBounds
{
    private const int UuidLength = 36;
    private const int DateTimeLength = 64;
    private const int EventIdLength = 40;

    /// <summary><c>whsec_</c> and the base64 of 32 bytes.</summary>
    private const int SecretLength = 60;

    private static readonly Dictionary<string, int> StringLengths = new(StringComparer.Ordinal)
    {
        ["fullName"] = Limits.NameLength,
        ["customerName"] = Limits.NameLength,
        ["assignedAgentName"] = Limits.NameLength,
        ["email"] = Limits.EmailLength,
        ["customerEmail"] = Limits.EmailLength,
        ["orderNumber"] = Limits.OrderNumberLength,
        ["currentTicketNumber"] = Limits.TicketNumberLength,
        ["sku"] = Limits.SkuLength,
        ["productName"] = Limits.ProductNameLength,
        ["description"] = Limits.DescriptionLength,
        ["resolutionNote"] = Limits.ResolutionNoteLength,
        ["actor"] = Limits.ActorLength,
        ["detail"] = Limits.EventDetailLength,
        ["accessToken"] = Contracts.TokenResponse.MaxAccessTokenLength,
        ["url"] = WebhookSubscription.UrlLength,
        ["disabledReason"] = WebhookSubscription.ReasonLength,
        ["lastError"] = WebhookDelivery.ErrorLength,
        ["eventId"] = EventIdLength,
        ["eventType"] = EventTypes.MaxLength,
        ["secret"] = SecretLength,
        ["fileName"] = AttachmentRules.FileNameLength,
        ["contentType"] = AttachmentRules.ContentTypeLength,
        ["body"] = TicketMessage.BodyLength,
    };

    /// <summary>Where one name has another size in one read model: a subscription's description is shorter than a ticket's.</summary>
    private static readonly Dictionary<(string Schema, string Property), int> SchemaStringLengths = new()
    {
        [("WebhookDto", "description")] = WebhookSubscription.DescriptionLength,
        [("WebhookCreatedDto", "description")] = WebhookSubscription.DescriptionLength,
        [("MessageAuthorDto", "name")] = Limits.NameLength,
    };

    private static readonly Dictionary<string, (long Minimum, long Maximum)> IntegerRanges = new(StringComparer.Ordinal)
    {
        ["quantity"] = (0, Limits.MaxLineQuantity),
        ["returnableQuantity"] = (0, Limits.MaxLineQuantity),
        ["page"] = (1, Paging.MaxPage),
        ["pageSize"] = (1, Paging.MaxPageSize),
        ["totalCount"] = (0, int.MaxValue),
        ["totalPages"] = (0, int.MaxValue),
        ["attempts"] = (0, int.MaxValue),
        ["lastStatusCode"] = (100, 599),
        ["durationMs"] = (0, int.MaxValue),
        ["count"] = (0, RedeliverFailedDeliveriesHandler.MaxPerRequest),
        ["position"] = (1, long.MaxValue),
        ["next"] = (0, long.MaxValue),
        ["size"] = (1, AttachmentRules.MaxBytes),
        ["messageCount"] = (0, int.MaxValue),
    };

    private static readonly Dictionary<string, int> ListLengths = new(StringComparer.Ordinal)
    {
        ["lines"] = Limits.MaxOrderLines,
        ["items"] = Paging.MaxPageSize,
        ["events"] = EventTypes.All.Count,
        ["attachments"] = AttachmentRules.MaxPerTicket,
    };

    public static void Apply(string schemaName, OpenApiSchema schema)
    {
        if (schemaName == nameof(Microsoft.AspNetCore.Mvc.ProblemDetails))
        {
            // Its members have bounds of their own (ApiDocument.DescribeProblem), not the read models'.
            return;
        }

        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            foreach (var value in Values(property))
            {
                Bound(schemaName, name, value);
            }
        }
    }

    /// <summary>A path or query parameter: the ids and times by their format (the rest come from the validators).</summary>
    public static void ApplyToParameter(string name, OpenApiSchema schema) => Bound(string.Empty, name, schema);

    private static void Bound(string schemaName, string name, OpenApiSchema value)
    {
        var type = value.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && value.Format is null && name is "email" or "customerEmail")
        {
            value.Format = "email";
        }

        if (type.HasFlag(JsonSchemaType.String) && value.MaxLength is null && value.Enum is not { Count: > 0 })
        {
            value.MaxLength = value.Format switch
            {
                "uuid" => UuidLength,
                "date-time" => DateTimeLength,
                _ when name == "number" => schemaName.StartsWith("Ticket", StringComparison.Ordinal) ? Limits.TicketNumberLength : Limits.OrderNumberLength,
                _ when SchemaStringLengths.TryGetValue((schemaName, name), out var own) => own,
                _ => StringLengths.TryGetValue(name, out var length) ? length : null,
            };
        }
        else if (type.HasFlag(JsonSchemaType.Integer) && value.Maximum is null && IntegerRanges.TryGetValue(name, out var range))
        {
            value.Minimum ??= range.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
            value.Maximum = range.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (type.HasFlag(JsonSchemaType.Number) && value.Minimum is null && name == "unitPrice")
        {
            value.Minimum = "0";
        }
        else if (type.HasFlag(JsonSchemaType.Array) && value.MaxItems is null && schemaName == nameof(EventPage) && name == "items")
        {
            value.MaxItems = GetEventsQuery.MaxLimit;
        }
        else if (type.HasFlag(JsonSchemaType.Array) && value.MaxItems is null && ListLengths.TryGetValue(name, out var items)
            && schemaName != nameof(Application.Conversation.MessageList))
        {
            value.MaxItems = items;
        }
    }

    /// <summary>The property's own schema, or the non-null branch of a nullable one.</summary>
    private static IEnumerable<OpenApiSchema> Values(IOpenApiSchema property) => property switch
    {
        OpenApiSchema { OneOf.Count: > 0 } union => union.OneOf.OfType<OpenApiSchema>(),
        OpenApiSchema single => [single],
        _ => [],
    };
}
