using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SupportDesk.WebApi.FunctionalTests.Support;

/// <summary>
/// The API as one caller uses it: anonymous, or with the bearer token of one account. Typed methods for each
/// endpoint of the contract, and raw ones for requests the contract does not allow.
/// </summary>
public sealed class ApiClient(HttpClient http, string? token = null, IReadOnlyDictionary<string, string>? headers = null)
{
    public string? Token { get; } = token;

    public ApiClient WithToken(string? accessToken) => new(http, accessToken, headers);

    /// <summary>Every request of the copy carries this header too.</summary>
    public ApiClient WithHeader(string name, string value) =>
        new(http, Token, new Dictionary<string, string>(headers ?? new Dictionary<string, string>()) { [name] = value });

    /// <summary>Requests as a trusted proxy forwards them for a client at this address (the API trusts loopback).</summary>
    public ApiClient FromClientAddress(string address) => WithHeader("X-Forwarded-For", address);

    // Auth
    public Task<ApiResponse> RegisterAsync(RegisterRequest request) => SendAsync(HttpMethod.Post, "/api/auth/register", Json(request));

    public Task<ApiResponse> ConfirmEmailAsync(string email, string code) =>
        SendAsync(HttpMethod.Post, "/api/auth/confirm-email", Json(new ConfirmEmailRequest(email, code)));

    public Task<ApiResponse> ResendConfirmationAsync(string email) =>
        SendAsync(HttpMethod.Post, "/api/auth/resend-confirmation", Json(new ResendConfirmationRequest(email)));

    public Task<ApiResponse<TokenResponse>> IssueTokenAsync(string email, string password) =>
        PostAsync<TokenResponse>("/api/auth/token", new TokenRequest(email, password));

    // Customers
    public Task<ApiResponse<CustomerResponse>> GetMyCustomerAsync() => GetAsync<CustomerResponse>("/api/customers/me");

    // Orders
    public Task<ApiResponse<OrderResponse>> ImportOrderAsync(ImportOrderRequest request) => PostAsync<OrderResponse>("/api/orders", request);

    public Task<ApiResponse<PageResponse<OrderResponse>>> GetOrdersAsync(string query = "") =>
        GetAsync<PageResponse<OrderResponse>>("/api/orders" + query);

    public Task<ApiResponse<OrderResponse>> GetOrderAsync(Guid id) => GetAsync<OrderResponse>($"/api/orders/{id}");

    public Task<ApiResponse<OrderResponse>> UpdateOrderDeliveryAsync(Guid id, DateTime deliveredAt) =>
        PutAsync<OrderResponse>($"/api/orders/{id}/delivery", new UpdateOrderDeliveryRequest(deliveredAt));

    // Tickets
    public Task<ApiResponse<TicketResponse>> OpenTicketAsync(OpenTicketRequest request) => PostAsync<TicketResponse>("/api/tickets", request);

    public Task<ApiResponse<PageResponse<TicketResponse>>> GetTicketsAsync(string query = "") =>
        GetAsync<PageResponse<TicketResponse>>("/api/tickets" + query);

    public Task<ApiResponse<TicketResponse>> GetTicketAsync(Guid id) => GetAsync<TicketResponse>($"/api/tickets/{id}");

    public Task<ApiResponse<TicketResponse>> ResolveTicketAsync(Guid id, ResolutionOutcome outcome = ResolutionOutcome.Refund,
        string note = "Refund issued.") =>
        PostAsync<TicketResponse>($"/api/tickets/{id}/resolve", new ResolveTicketRequest(outcome, note));

    public Task<ApiResponse<TicketResponse>> ChangeTicketPriorityAsync(Guid id, TicketPriority priority) =>
        PutAsync<TicketResponse>($"/api/tickets/{id}/priority", new ChangeTicketPriorityRequest(priority));

    public Task<ApiResponse<TicketResponse>> ReassignTicketAsync(Guid id, Guid? agentId) =>
        PostAsync<TicketResponse>($"/api/tickets/{id}/reassign", new ReassignTicketRequest(agentId));

    // Agents
    public Task<ApiResponse<PageResponse<AgentResponse>>> GetAgentsAsync(string query = "") =>
        GetAsync<PageResponse<AgentResponse>>("/api/agents" + query);

    public Task<ApiResponse<AgentResponse>> CreateAgentAsync(CreateAgentRequest request) => PostAsync<AgentResponse>("/api/agents", request);

    public Task<ApiResponse<AgentResponse>> GetAgentAsync(Guid id) => GetAsync<AgentResponse>($"/api/agents/{id}");

    public Task<ApiResponse<AgentResponse>> UpdateAgentAsync(Guid id, UpdateAgentRequest request) =>
        PutAsync<AgentResponse>($"/api/agents/{id}", request);

    public Task<ApiResponse> RemoveAgentAsync(Guid id) => SendAsync(HttpMethod.Delete, $"/api/agents/{id}");

    public Task<ApiResponse<AgentResponse>> SetAvailabilityAsync(Guid id, bool available) =>
        PutAsync<AgentResponse>($"/api/agents/{id}/availability", new AvailabilityRequest(available));

    public Task<ApiResponse<MyAgentResponse>> GetMyAgentAsync() => GetAsync<MyAgentResponse>("/api/agents/me");

    // Raw
    public Task<ApiResponse<EventPageResponse>> GetEventsAsync(string query = "") => GetAsync<EventPageResponse>($"/api/events{query}");

    public Task<ApiResponse<WebhookResponse>> CreateWebhookAsync(WebhookRequest request) => PostAsync<WebhookResponse>("/api/webhooks", request);

    public Task<ApiResponse<PageResponse<WebhookResponse>>> GetWebhooksAsync(string query = "") =>
        GetAsync<PageResponse<WebhookResponse>>($"/api/webhooks{query}");

    public Task<ApiResponse<WebhookResponse>> GetWebhookAsync(Guid id) => GetAsync<WebhookResponse>($"/api/webhooks/{id}");

    public Task<ApiResponse<WebhookResponse>> UpdateWebhookAsync(Guid id, UpdateWebhookRequest request) =>
        PutAsync<WebhookResponse>($"/api/webhooks/{id}", request);

    public Task<ApiResponse> DeleteWebhookAsync(Guid id) => SendAsync(HttpMethod.Delete, $"/api/webhooks/{id}");

    public Task<ApiResponse<WebhookSecretResponse>> RotateWebhookSecretAsync(Guid id) =>
        PostAsync<WebhookSecretResponse>($"/api/webhooks/{id}/rotate-secret", null);

    public Task<ApiResponse<DeliveryResponse>> PingWebhookAsync(Guid id) => PostAsync<DeliveryResponse>($"/api/webhooks/{id}/ping", null);

    public Task<ApiResponse<PageResponse<DeliveryResponse>>> GetDeliveriesAsync(Guid id, string query = "") =>
        GetAsync<PageResponse<DeliveryResponse>>($"/api/webhooks/{id}/deliveries{query}");

    public Task<ApiResponse<DeliveryResponse>> RedeliverAsync(Guid id, Guid deliveryId) =>
        PostAsync<DeliveryResponse>($"/api/webhooks/{id}/deliveries/{deliveryId}/redeliver", null);

    public Task<ApiResponse<MessageResponse>> AddMessageAsync(Guid ticketId, MessageRequest request) =>
        PostAsync<MessageResponse>($"/api/tickets/{ticketId}/messages", request);

    public Task<ApiResponse<MessageListResponse>> GetMessagesAsync(Guid ticketId) =>
        GetAsync<MessageListResponse>($"/api/tickets/{ticketId}/messages");

    /// <summary>Uploads <paramref name="content"/> as the multipart field <c>file</c>, declared as
    /// <paramref name="declaredType"/>, to <c>/api/attachments</c> or, with a ticket, to that ticket.</summary>
    public async Task<ApiResponse<AttachmentResponse>> UploadAsync(byte[] content, string fileName, Guid? ticketId = null,
        string declaredType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        var path = ticketId is { } id ? $"/api/tickets/{id}/attachments" : "/api/attachments";
        return new(await SendAsync(HttpMethod.Post, path, form));
    }

    public async Task<ApiResponse<T>> GetAsync<T>(string path) => new(await SendAsync(HttpMethod.Get, path));

    public async Task<ApiResponse<T>> PostAsync<T>(string path, object? body) => new(await SendAsync(HttpMethod.Post, path, Json(body)));

    public async Task<ApiResponse<T>> PutAsync<T>(string path, object? body) => new(await SendAsync(HttpMethod.Put, path, Json(body)));

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    /// <summary>Sends <paramref name="body"/> exactly as given, with the given media type (null: no Content-Type).</summary>
    public Task<ApiResponse> SendTextAsync(HttpMethod method, string path, string body, string? mediaType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (mediaType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        return SendAsync(method, path, content);
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        return await SendAsync(request);
    }

    /// <summary>Sends a request built by the test (its own headers), with this client's token.</summary>
    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        return await ApiResponse.ReadAsync(response, $"{request.Method} {request.RequestUri}");
    }

    public static string Serialize(object? body) => JsonSerializer.Serialize(body, ApiJson.Options);

    private static ByteArrayContent Json(object? body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Serialize(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
