using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SupportDesk.Domain.Events;

namespace SupportDesk.WebApi.Setup;

/// <summary>
/// The events in the document: one schema per event type (<c>TicketResolvedEvent</c>, …) with the resource it
/// carries, the feed's <c>data</c> as one of those resources, and the webhooks (OpenAPI 3.1 <c>webhooks</c>): what
/// a subscription receives, with the signature headers.
/// </summary>
internal static class EventsDocument
{
    /// <summary>Event types this version does not emit yet: the features that raise them come later.</summary>
    private static readonly HashSet<string> NotYetEmitted =
    [
        EventTypes.TicketMessageAdded,
    ];

    private static readonly Dictionary<string, (string Resource, string What)> Types = new()
    {
        [EventTypes.TicketOpened] = ("TicketDto", "A customer opened a return ticket; it waits in the queue or is assigned at once."),
        [EventTypes.TicketAssigned] = ("TicketDto", "The desk gave the ticket to a free agent, or a manager handed it over to one."),
        [EventTypes.TicketReturnedToQueue] = ("TicketDto", "The ticket's agent was removed, or a manager handed the ticket back; it is back in the queue in its original place."),
        [EventTypes.TicketMessageAdded] = ("TicketDto", "A message was added to the ticket's conversation."),
        [EventTypes.TicketPriorityChanged] = ("TicketDto", "A manager changed the ticket's priority."),
        [EventTypes.TicketSlaBreached] = ("TicketDto", "The ticket missed a service-level target (recorded once per target, by a periodic job, even for a ticket nobody looks at): `data` is the ticket, whose `assignBreached` or `resolveBreached` is now true, plus `data.target`, `Assignment` or `Resolution`, the target missed."),
        [EventTypes.TicketResolved] = ("TicketDto", "The agent resolved the ticket: `data.outcome` says what the shop owes (e.g. `Refund`)."),
        [EventTypes.AgentCreated] = ("AgentDto", "A manager added an agent."),
        [EventTypes.AgentUpdated] = ("AgentDto", "A manager changed an agent's name or email."),
        [EventTypes.AgentRemoved] = ("AgentDto", "A manager removed an agent."),
        [EventTypes.AgentAvailabilityChanged] = ("AgentDto", "An agent went away or came back."),
        [EventTypes.OrderImported] = ("OrderDto", "The shop pushed an order."),
        [EventTypes.OrderDeliveryUpdated] = ("OrderDto", "The shop recorded an order's delivery."),
        [EventTypes.Ping] = ("WebhookDto", "A test event for one subscription, sent on request; `data` is the subscription and `position` is null (pings are not in the feed)."),
    };

    public static void Apply(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Webhooks ??= new Dictionary<string, IOpenApiPathItem>();
        foreach (var (type, (resource, what)) in Types)
        {
            var name = SchemaName(type);
            var description = NotYetEmitted.Contains(type) ? $"{what} Part of the contract; this version does not send it yet." : what;
            var schema = EventSchema(document, type, resource, description);
            var example = document.Components.Schemas.TryGetValue(resource, out var data) ? data.Example?.DeepClone() : null;
            if (type == EventTypes.TicketSlaBreached && example is JsonObject breached)
            {
                breached["assignBreached"] = true;
                breached["target"] = "Assignment";
            }

            schema.Example = Example(type, example);
            document.Components.Schemas[name] = schema;
            document.Webhooks[type] = Webhook(document, type, name, description);
        }

        if (document.Components.Schemas.TryGetValue("EventDto", out var feedEvent) && feedEvent is OpenApiSchema known && known.Properties is { } properties)
        {
            // The generator sees a JsonElement; the contract knows the three resources an event of the feed carries.
            properties["data"] = new OpenApiSchema
            {
                Description = "The resource as its own endpoint returns it after the change: a ticket (`ticket.*`), an agent (`agent.*`) or an order (`order.*`).",
                OneOf = new[] { "TicketDto", "AgentDto", "OrderDto" }.Select(r => (IOpenApiSchema)new OpenApiSchemaReference(r, document)).ToList(),
            };
            properties["type"] = TypeSchema(EventTypes.All, "What happened; each type has its own schema, `<Type>Event` (e.g. TicketResolvedEvent).");
            properties["id"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 40, Description = "Unique forever; the `webhook-id` of its deliveries." };
            document.Components.Schemas.Remove("JsonElement");
        }

        // The feed's items as what they are: one event schema per type, told apart by `type`, so that a generated client
        // reads `data` as the ticket, agent or order it is.
        if (document.Components.Schemas.TryGetValue("EventPage", out var page) && page is OpenApiSchema pageSchema
            && pageSchema.Properties?.TryGetValue("items", out var items) == true && items is OpenApiSchema itemList)
        {
            var feedTypes = Types.Keys.Where(type => type != EventTypes.Ping).ToList();
            itemList.Items = new OpenApiSchema
            {
                Description = "An event; its `type` says which schema it follows.",
                OneOf = feedTypes.Select(type => (IOpenApiSchema)new OpenApiSchemaReference(SchemaName(type), document)).ToList(),
                Discriminator = new OpenApiDiscriminator
                {
                    PropertyName = "type",
                    Mapping = feedTypes.ToDictionary(type => type, type => new OpenApiSchemaReference(SchemaName(type), document)),
                },
            };
        }

        var feed = document.Paths?.GetValueOrDefault("/api/events")?.Operations?.GetValueOrDefault(HttpMethod.Get);
        foreach (var parameter in feed?.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name == "type" && parameter.Schema is OpenApiSchema list)
            {
                list.MaxItems = EventTypes.All.Count;
                list.Items = TypeSchema(EventTypes.All, "An event type.");
            }
            else if (parameter.Name == "after" && parameter.Schema is OpenApiSchema after)
            {
                after.Minimum = "0";
                after.Maximum = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>An event of the type around the example of its resource.</summary>
    private static JsonObject Example(string type, JsonNode? data) => new()
    {
        ["id"] = "evt_01a2345b1b2c7d3e8f405a6b7c8d9e0f",
        ["type"] = type,
        ["position"] = type == EventTypes.Ping ? null : 42,
        ["occurredAt"] = "2026-12-01T10:40:00Z",
        ["data"] = data?.DeepClone(),
    };

    /// <summary><c>ticket.returned_to_queue</c> → <c>TicketReturnedToQueueEvent</c>.</summary>
    public static string SchemaName(string type) =>
        string.Concat(type.Split('.', '_').Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Event";

    private static OpenApiSchema EventSchema(OpenApiDocument document, string type, string resource, string description) => new()
    {
        Type = JsonSchemaType.Object,
        Description = $"`{type}`: {description}",
        Required = new HashSet<string> { "id", "type", "position", "occurredAt", "data" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["id"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String, MaxLength = 40, Pattern = "^evt_[0-9a-f]{32}$",
                Description = "Unique forever; the `webhook-id` header of every delivery of this event, the same on each retry.",
            },
            ["type"] = TypeSchema([type], "The event type."),
            ["position"] = type == EventTypes.Ping
                ? new OpenApiSchema { Type = JsonSchemaType.Null, Description = "Always null: a ping is not in the feed." }
                : new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1", Maximum = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Description = "The event's place in the feed (GET /api/events), increasing in commit order.",
                },
            ["occurredAt"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When the change was committed (UTC)." },
            ["data"] = type == EventTypes.TicketSlaBreached
                ? new OpenApiSchema
                {
                    Description = "The ticket as its own endpoint returns it after the change, plus `target`.",
                    AllOf =
                    [
                        new OpenApiSchemaReference(resource, document),
                        new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { "target" },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["target"] = TypeSchema(["Assignment", "Resolution"], "The target missed: the assignment (`assignBy`) or the resolution (`resolveBy`)."),
                            },
                        },
                    ],
                }
                : new OpenApiSchemaReference(resource, document)
                {
                    Description = type == EventTypes.Ping ? "The subscription pinged." : $"The {Noun(resource)} as its own endpoint returns it after the change.",
                },
        },
    };

    private static string Noun(string resource) => resource[..^"Dto".Length].ToLowerInvariant();

    private static OpenApiSchema TypeSchema(IEnumerable<string> types, string description) => new()
    {
        Type = JsonSchemaType.String,
        Enum = types.Select(t => (JsonNode)JsonValue.Create(t)!).ToList(),
        Description = description,
    };

    private static OpenApiPathItem Webhook(OpenApiDocument document, string type, string schema, string description) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Post] = new()
            {
                OperationId = "on" + schema[..^"Event".Length],
                Summary = $"Receive {type}",
                Description = $"{description} Posted to every active subscription that names `{type}` (or `*`). Verify "
                    + "`webhook-signature` before trusting the body; answer 2xx within 10 s, or the delivery is retried "
                    + "(about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h, for 24 h). Events of one ticket arrive in order.",
                Parameters =
                [
                    Header("webhook-id", "The event id: the same on every retry, so a receiver drops a repeat.", maxLength: 40),
                    Header("webhook-timestamp", "When this attempt was signed, in Unix seconds; refuse one far from your clock.", maxLength: 20),
                    Header("webhook-signature", "`v1,` + base64(HMAC-SHA256(key, \"{webhook-id}.{webhook-timestamp}.{body}\")), key = the "
                        + "base64-decoded part of the secret after `whsec_`; during the 24 h after a rotation, two signatures separated by a space.", maxLength: 200),
                ],
                RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = new OpenApiSchemaReference(schema, document) },
                    },
                },
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse { Description = "Any 2xx: delivered; the body is ignored." },
                    ["default"] = new OpenApiResponse { Description = "Anything else, or no answer within 10 s: retried later." },
                },
            },
        },
    };

    private static OpenApiParameter Header(string name, string description, int maxLength) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };
}
