using System.Text.Json.Nodes;

namespace SupportDesk.WebApi.FunctionalTests.Requests;

/// <summary>A desk with something to act on: a manager, an agent holding a customer's ticket on one of their orders.</summary>
public sealed record ArrangedDesk(ApiClient Anonymous, ApiClient Manager, AgentSession Agent, CustomerSession Customer, OrderResponse Order,
    TicketResponse Ticket)
{
    public static async Task<ArrangedDesk> ArrangeAsync(Desk desk)
    {
        var agent = await desk.AddAgentAsync("Sweep Agent");
        var (customer, order) = await desk.CustomerWithOrderAsync(Desk.Line("KETTLE-1", 5));
        var ticket = await desk.OpenTicketAsync(customer, order);
        ticket = await desk.AssignedEventuallyAsync(ticket.Id, agent);
        return new ArrangedDesk(desk.Anonymous, await desk.ManagerAsync(), agent, customer, order, ticket);
    }
}

/// <summary>
/// Every POST and PUT endpoint of the contract, with a valid body and the type mistakes that fit its fields. The
/// malformed-body sweep breaks these bodies; the well-formed control checks each valid body is accepted, so a
/// refusal in the sweep is due to the breakage alone.
/// </summary>
public sealed record BodyTarget(
    string Method,
    Func<ArrangedDesk, string> Path,
    Func<ArrangedDesk, ApiClient> Caller,
    Func<ArrangedDesk, JsonObject> ValidBody,
    HttpStatusCode Success,
    IReadOnlyDictionary<string, Action<JsonObject>> WrongTypes)
{
    public string Name { get; init; } = string.Empty;

    public static readonly IReadOnlyList<BodyTarget> All =
    [
        new("POST", _ => "/api/auth/register", d => d.Anonymous,
            _ => new JsonObject { ["email"] = Desk.UniqueEmail("sweep"), ["password"] = Desk.Password, ["fullName"] = "Sweep Customer" },
            HttpStatusCode.Accepted,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["email"] = 42,
                ["object for a string"] = b => b["fullName"] = new JsonObject { ["first"] = "Sweep" },
                ["null for a required string"] = b => b["password"] = null,
            }) { Name = "POST /api/auth/register" },
        new("POST", _ => "/api/auth/resend-confirmation", d => d.Anonymous,
            _ => new JsonObject { ["email"] = Desk.UniqueEmail("resend") },
            HttpStatusCode.Accepted,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["email"] = 42,
                ["null for a required string"] = b => b["email"] = null,
            }) { Name = "POST /api/auth/resend-confirmation" },
        new("POST", _ => "/api/auth/token", d => d.Anonymous,
            d => new JsonObject { ["email"] = d.Customer.Email, ["password"] = d.Customer.Password },
            HttpStatusCode.OK,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["password"] = 12345678,
                ["array for a string"] = b => b["email"] = new JsonArray("a@example.test"),
                ["null for a required string"] = b => b["email"] = null,
            }) { Name = "POST /api/auth/token" },
        new("POST", _ => "/api/orders", d => d.Manager,
            d => new JsonObject
            {
                ["number"] = Desk.UniqueOrderNumber(),
                ["customerEmail"] = d.Customer.Email,
                ["placedAt"] = "2026-01-15T10:30:00Z",
                ["lines"] = new JsonArray(new JsonObject { ["sku"] = "LAMP-1", ["productName"] = "Lamp", ["quantity"] = 1, ["unitPrice"] = 12.5 }),
            },
            HttpStatusCode.Created,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["number"] = 1001,
                ["string for a number"] = b => b["lines"]![0]!["quantity"] = "1",
                ["words for a number"] = b => b["lines"]![0]!["unitPrice"] = "twelve",
                ["fraction for an integer"] = b => b["lines"]![0]!["quantity"] = 1.5,
                ["number too large for an integer"] = b => b["lines"]![0]!["quantity"] = 99999999999,
                ["not a date"] = b => b["placedAt"] = "yesterday",
                ["object for a list"] = b => b["lines"] = new JsonObject(),
                ["null for the lines"] = b => b["lines"] = null,
                ["null for a line"] = b => b["lines"] = new JsonArray((JsonNode?)null),
            }) { Name = "POST /api/orders" },
        new("POST", _ => "/api/tickets", d => d.Customer.Api,
            d => new JsonObject
            {
                ["orderId"] = d.Order.Id.ToString(),
                ["orderLineId"] = d.Order.Lines[0].Id.ToString(),
                ["quantity"] = 1,
                ["reason"] = "Defective",
                ["description"] = "Does not switch on.",
            },
            HttpStatusCode.Created,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["description"] = 7,
                ["string for a number"] = b => b["quantity"] = "1",
                ["not a guid"] = b => b["orderId"] = "order-1",
                ["unknown enum value"] = b => b["reason"] = "Broken",
                ["enum as a number"] = b => b["reason"] = 1,
                ["null for an enum"] = b => b["reason"] = null,
            }) { Name = "POST /api/tickets" },
        new("POST", d => $"/api/tickets/{d.Ticket.Id}/resolve", d => d.Agent.Api,
            _ => new JsonObject { ["outcome"] = "Refund", ["note"] = "Refund issued." },
            HttpStatusCode.OK,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["note"] = 3,
                ["unknown enum value"] = b => b["outcome"] = "Cash",
                ["enum as a number"] = b => b["outcome"] = 0,
                ["enum in another case"] = b => b["outcome"] = "REFUND!",
            }) { Name = "POST /api/tickets/{id}/resolve" },
        new("POST", _ => "/api/agents", d => d.Manager,
            _ => new JsonObject { ["fullName"] = "Sweep New Agent", ["email"] = Desk.UniqueEmail("sweep.agent"), ["password"] = Desk.Password },
            HttpStatusCode.Created,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["fullName"] = 12,
                ["boolean for a string"] = b => b["password"] = true,
                ["null for a required string"] = b => b["email"] = null,
            }) { Name = "POST /api/agents" },
        new("PUT", d => $"/api/agents/{d.Agent.Id}", d => d.Manager,
            d => new JsonObject { ["fullName"] = "Sweep Agent Renamed", ["email"] = d.Agent.Email },
            HttpStatusCode.OK,
            new Dictionary<string, Action<JsonObject>>
            {
                ["number for a string"] = b => b["email"] = 5,
                ["number for an optional string"] = b => b["password"] = 5,
                ["null for a required string"] = b => b["fullName"] = null,
            }) { Name = "PUT /api/agents/{id}" },
        new("PUT", d => $"/api/agents/{d.Agent.Id}/availability", d => d.Agent.Api,
            _ => new JsonObject { ["available"] = false },
            HttpStatusCode.OK,
            new Dictionary<string, Action<JsonObject>>
            {
                ["string for a boolean"] = b => b["available"] = "false",
                ["number for a boolean"] = b => b["available"] = 0,
                ["null for a boolean"] = b => b["available"] = null,
            }) { Name = "PUT /api/agents/{id}/availability" },
    ];

    public static BodyTarget Named(string name) => All.Single(t => t.Name == name);

    public override string ToString() => Name;
}
