using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Agents.Queries.GetMyAgent;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Conversation;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Application.Events.Queries;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Application.Webhooks.Commands.CreateWebhook;
using SupportDesk.Application.Webhooks.Commands.RedeliverFailedDeliveries;
using SupportDesk.Application.Webhooks.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Tickets;
using SupportDesk.Domain.Webhooks;
using SupportDesk.WebApi.Contracts;

namespace SupportDesk.WebApi.Setup;

/// <summary>
/// An example for every request body and every answer, made from instances of the very types the API reads and
/// writes, serialized with the API's own JSON options: an example cannot drift from the shape it illustrates.
/// One return story runs through them: Ada returns a cracked kettle, Grace refunds it.
/// </summary>
internal static class ContractExamples
{
    private static readonly Guid TicketId = Guid.Parse("01a2345a-f8bc-7b15-901c-2d2fd7d823d6");
    private static readonly Guid CustomerId = Guid.Parse("01a2345a-b06f-722f-a95d-11d0f556a751");
    private static readonly Guid OrderId = Guid.Parse("01a2345a-b0bd-70d3-9482-12feee4e704d");
    private static readonly Guid LineId = Guid.Parse("01a2345a-b12a-74ba-911c-6d775b089664");
    private static readonly Guid AgentId = Guid.Parse("01a2345a-e0df-7968-a19f-6943e7d90ce3");
    private static readonly Guid WebhookId = Guid.Parse("01a2345b-0a1c-7d2e-8f30-4a5b6c7d8e9f");
    private static readonly DateTime Placed = new(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Delivered = new(2026, 11, 22, 16, 40, 0, DateTimeKind.Utc);
    private static readonly DateTime Opened = new(2026, 12, 1, 10, 15, 0, DateTimeKind.Utc);
    private static readonly DateTime Assigned = Opened.AddSeconds(2);
    private static readonly DateTime Resolved = Opened.AddMinutes(25);

    private static readonly OrderLineDto Line = new()
    {
        Id = LineId, Sku = "KETTLE-1", ProductName = "Electric kettle 1.7 l", Quantity = 2, UnitPrice = 49.90m, ReturnableQuantity = 1,
        Returnable = true, ReturnableUntil = ReturnPolicy.Default.ReturnableUntil(Delivered),
    };

    private static readonly OrderDto Order = new()
    {
        Id = OrderId, Number = "SO-1001", CustomerId = CustomerId, PlacedAt = Placed, DeliveredAt = Delivered, Lines = [Line],
    };

    private static readonly TicketSummaryDto Summary = new()
    {
        Id = TicketId, Number = "T-7KQ2M9", Status = TicketStatus.Resolved, Priority = TicketPriority.High, CustomerId = CustomerId, CustomerName = "Ada Lovelace",
        CustomerEmail = "ada@example.com", OrderId = OrderId, OrderNumber = "SO-1001", OrderLineId = LineId, Sku = "KETTLE-1",
        ProductName = "Electric kettle 1.7 l", Quantity = 1, Reason = ReturnReason.Damaged, AssignedAgentId = AgentId,
        AssignedAgentName = "Grace Hopper", CreatedAt = Opened, AssignedAt = Assigned, ResolvedAt = Resolved,
        Outcome = ResolutionOutcome.Refund, Description = "The lid arrived cracked.", ResolutionNote = "Refunded in full; no need to send it back.",
    };

    private static readonly AttachmentDto Photo = new()
    {
        Id = Guid.Parse("01a2345a-c3d4-7e5f-8a6b-7c8d9e0f1a2b"), FileName = "cracked-lid.jpg", ContentType = "image/jpeg", Size = 482_113,
    };

    private static readonly MessageDto Message = new()
    {
        Id = Guid.Parse("01a2345a-f9d0-7c1e-8f2a-3b4c5d6e7f80"), TicketId = TicketId,
        Author = new MessageAuthorDto { Role = MessageAuthorRole.Agent, Name = "Grace Hopper" },
        Body = "Thanks for the photo. Is the base damaged too, or only the lid?", Internal = false, CreatedAt = Assigned.AddMinutes(3),
        Attachments = [],
    };

    private static readonly TicketDto Ticket = new(Summary with { MessageCount = 1, LastMessageAt = Message.CreatedAt })
    {
        Attachments = [Photo],
        History =
        [
            new TicketEventDto { Type = TicketEventType.Opened, At = Opened, Actor = "Ada Lovelace", Detail = "1 × Electric kettle 1.7 l (KETTLE-1), reason: damaged" },
            new TicketEventDto { Type = TicketEventType.Assigned, At = Assigned, Actor = "SupportDesk", Detail = "Assigned to Grace Hopper" },
            new TicketEventDto { Type = TicketEventType.Resolved, At = Resolved, Actor = "Grace Hopper", Detail = "Refund" },
        ],
    };

    private static readonly AgentDto Agent = new()
    {
        Id = AgentId, FullName = "Grace Hopper", Email = "grace@support.example", Status = AgentStatus.Available, Available = true,
        AvailableSince = Resolved,
    };

    private static readonly WebhookDto Webhook = new()
    {
        Id = WebhookId, Url = "https://shop.example/hooks/supportdesk", Events = ["ticket.resolved"], Description = "Refunds to the ERP",
        Status = SubscriptionStatus.Active, CreatedAt = Placed, LastSuccessAt = Resolved.AddSeconds(1),
    };

    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwe0ZzZDZgGgY=";

    private static readonly WebhookDeliveryDto Delivery = new()
    {
        Id = Guid.Parse("01a2345b-1b2c-7d3e-8f40-5a6b7c8d9e0f"), EventId = "evt_01a2345b1b2c7d3e8f405a6b7c8d9e0f", EventType = "ticket.resolved",
        Status = DeliveryStatus.Delivered, Attempts = 1, LastStatusCode = 204, LastAttemptAt = Resolved.AddSeconds(1), DurationMs = 38,
        CreatedAt = Resolved,
    };

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(OrderLineDto)] = Line,
        [typeof(OrderDto)] = Order,
        [typeof(TicketSummaryDto)] = Summary,
        [typeof(TicketDto)] = Ticket,
        [typeof(TicketEventDto)] = Ticket.History[0],
        [typeof(AttachmentDto)] = Photo,
        [typeof(MessageAuthorDto)] = Message.Author,
        [typeof(MessageDto)] = Message,
        [typeof(MessageList)] = new MessageList([Message, Message with
        {
            Id = Guid.Parse("01a2345a-fa01-7c1e-8f2a-3b4c5d6e7f81"), Author = new MessageAuthorDto { Role = MessageAuthorRole.Customer, Name = "Ada Lovelace" },
            Body = "Only the lid; the kettle itself works.", CreatedAt = Message.CreatedAt.AddMinutes(6),
        }]),
        [typeof(AddMessageRequest)] = new AddMessageRequest("Thanks for the photo. Is the base damaged too, or only the lid?"),
        [typeof(AgentDto)] = Agent,
        [typeof(MyAgentDto)] = new MyAgentDto(Agent with { Status = AgentStatus.Busy, CurrentTicketId = TicketId, CurrentTicketNumber = "T-7KQ2M9" },
            new TicketDto(Summary with { Status = TicketStatus.InProgress, ResolvedAt = null, Outcome = null, ResolutionNote = null })
            {
                History = Ticket.History.Take(2).ToList(),
            }),
        [typeof(CustomerDto)] = new CustomerDto { Id = CustomerId, FullName = "Ada Lovelace", Email = "ada@example.com", HasAccount = true },
        [typeof(TokenResponse)] = new TokenResponse("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl", Opened.AddHours(1)),
        [typeof(EventPage)] = new EventPage([Event()], 42),
        [typeof(EventDto)] = Event(),
        [typeof(WebhookDto)] = Webhook,
        [typeof(WebhookCreatedDto)] = new WebhookCreatedDto(Webhook with { LastSuccessAt = null }, Secret),
        [typeof(WebhookSecretDto)] = new WebhookSecretDto(Secret),
        [typeof(WebhookDeliveryDto)] = Delivery,
        [typeof(RedeliveryCount)] = new RedeliveryCount(3),
        [typeof(RegisterRequest)] = new RegisterRequest("ada@example.com", "Kettle-Lid-2026", "Ada Lovelace"),
        [typeof(TokenRequest)] = new TokenRequest("ada@example.com", "Kettle-Lid-2026"),
        [typeof(ConfirmEmailRequest)] = new ConfirmEmailRequest("ada@example.com", "48201937"),
        [typeof(ResendConfirmationRequest)] = new ResendConfirmationRequest("ada@example.com"),
        [typeof(OpenTicketCommand)] = new OpenTicketCommand(OrderId, LineId, 1, ReturnReason.Damaged, "The lid arrived cracked."),
        [typeof(ResolveTicketRequest)] = new ResolveTicketRequest(ResolutionOutcome.Refund, "Refunded in full; no need to send it back."),
        [typeof(ImportOrderCommand)] = new ImportOrderCommand("SO-1001", "ada@example.com", Placed,
            [new ImportOrderLine("KETTLE-1", "Electric kettle 1.7 l", 2, 49.90m)], "Ada Lovelace", Delivered),
        [typeof(ImportOrderLine)] = new ImportOrderLine("KETTLE-1", "Electric kettle 1.7 l", 2, 49.90m),
        [typeof(CreateAgentCommand)] = new CreateAgentCommand("Grace Hopper", "grace@support.example", "Compiler-1952-Navy"),
        [typeof(UpdateOrderDeliveryRequest)] = new UpdateOrderDeliveryRequest(Delivered),
        [typeof(ChangeTicketPriorityRequest)] = new ChangeTicketPriorityRequest(TicketPriority.High),
        [typeof(ReassignTicketRequest)] = new ReassignTicketRequest(AgentId),
        [typeof(UpdateAgentRequest)] = new UpdateAgentRequest("Grace B. Hopper", "grace@support.example"),
        [typeof(AvailabilityRequest)] = new AvailabilityRequest(false),
        [typeof(CreateWebhookCommand)] = new CreateWebhookCommand("https://shop.example/hooks/supportdesk", ["ticket.resolved"], "Refunds to the ERP"),
        [typeof(UpdateWebhookRequest)] = new UpdateWebhookRequest("https://shop.example/hooks/supportdesk", ["ticket.resolved", "ticket.opened"], "Refunds to the ERP", true),
        [typeof(RedeliverFailedRequest)] = new RedeliverFailedRequest(Opened.AddDays(-1)),
    };

    /// <summary>The types that have an example (the tests hold every body and answer to having one).</summary>
    public static IReadOnlyCollection<Type> Types => Examples.Keys;

    public static Task ApplyToSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
        {
            schema.Example ??= Problem();
            return Task.CompletedTask;
        }

        var example = Examples.GetValueOrDefault(type) ?? PageOf(type);
        if (example is not null && schema.Example is null)
        {
            var options = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            schema.Example = JsonSerializer.SerializeToNode(example, type, options);
        }

        return Task.CompletedTask;
    }

    /// <summary>A page of one example item, for <c>PagedList&lt;T&gt;</c> of a type with an example.</summary>
    private static object? PageOf(Type type)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(PagedList<>))
        {
            return null;
        }

        var itemType = type.GetGenericArguments()[0];
        if (Examples.GetValueOrDefault(itemType) is not { } item)
        {
            return null;
        }

        var items = Array.CreateInstance(itemType, 1);
        items.SetValue(item, 0);
        return Activator.CreateInstance(type, items, 1, Paging.DefaultPageSize, 1);
    }

    private static JsonObject Problem() => new()
    {
        ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        ["title"] = "Business rule",
        ["status"] = 409,
        ["detail"] = "Ticket T-7KQ2M9 is Resolved; it cannot become InProgress.",
        ["code"] = "ticket.invalid_transition",
        ["traceId"] = "00-4c4ba1863e7a7e073304d69c274dfe01-121ba99c7c1a6bdd-00",
    };

    private static EventDto Event()
    {
        using var data = JsonDocument.Parse(JsonSerializer.Serialize(Ticket, Application.Events.EventJson.Options));
        return new EventDto
        {
            Id = Delivery.EventId, Type = "ticket.resolved", Position = 42, OccurredAt = Resolved, Data = data.RootElement.Clone(),
        };
    }
}
