namespace SupportDesk.WebApi.FunctionalTests.Support;

// The HTTP contract as an integrator sees it (DESIGN.md, "HTTP API"), written from the document rather than
// borrowed from the API's own types: a renamed field or enum member in the product breaks these tests.

public enum MessageAuthorRole
{
    Customer,
    Agent,
    Manager,
    System,
}

public enum TicketStatus
{
    Open,
    InProgress,
    Resolved,
}

public enum TicketPriority
{
    High,
    Normal,
    Low,
}

public enum ReturnReason
{
    Damaged,
    Defective,
    WrongItem,
    NotAsDescribed,
    NoLongerNeeded,
    Other,
}

public enum ResolutionOutcome
{
    Refund,
    Replacement,
    StoreCredit,
    Rejected,
}

public enum TicketEventType
{
    Opened,
    Assigned,
    ReturnedToQueue,
    Resolved,
    PriorityChanged,
    SlaBreached,
}

public enum AgentStatus
{
    Available,
    Busy,
    Away,
    Removed,
}

public sealed record RegisterRequest(string Email, string Password, string FullName);

public sealed record TokenRequest(string Email, string Password);

public sealed record ConfirmEmailRequest(string Email, string Code);

public sealed record ResendConfirmationRequest(string Email);

public sealed record ImportOrderRequest(string Number, string CustomerEmail, DateTime PlacedAt, IReadOnlyList<OrderLineRequest> Lines,
    string? CustomerFullName = null, DateTime? DeliveredAt = null);

public sealed record OrderLineRequest(string Sku, string ProductName, int Quantity, decimal UnitPrice, bool Returnable = true);

public sealed record UpdateOrderDeliveryRequest(DateTime DeliveredAt);

public sealed record OpenTicketRequest(Guid OrderId, Guid OrderLineId, int Quantity, ReturnReason Reason, string Description,
    IReadOnlyList<Guid>? AttachmentIds = null);

public sealed record ResolveTicketRequest(ResolutionOutcome Outcome, string Note);

public sealed record ChangeTicketPriorityRequest(TicketPriority Priority);

public sealed record ReassignTicketRequest(Guid? AgentId);

public sealed record CreateAgentRequest(string FullName, string Email, string Password);

public sealed record UpdateAgentRequest(string FullName, string Email, string? Password = null);

public sealed record AvailabilityRequest(bool Available);

public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt);

public sealed record CustomerResponse(Guid Id, string FullName, string Email);

public sealed record OrderLineResponse(Guid Id, string Sku, string ProductName, int Quantity, decimal UnitPrice,
    bool Returnable = true, DateTime? ReturnableUntil = null);

public sealed record OrderResponse(Guid Id, string Number, Guid CustomerId, DateTime PlacedAt, IReadOnlyList<OrderLineResponse> Lines,
    DateTime? DeliveredAt = null);

public sealed record TicketEventResponse(TicketEventType Type, DateTime At, string Actor, string? Detail);

public sealed record TicketResponse(
    Guid Id,
    string Number,
    TicketStatus Status,
    TicketPriority Priority,
    Guid CustomerId,
    Guid OrderId,
    Guid OrderLineId,
    int Quantity,
    ReturnReason Reason,
    string Description,
    Guid? AssignedAgentId,
    string? AssignedAgentName,
    DateTime CreatedAt,
    DateTime? AssignedAt,
    DateTime? ResolvedAt,
    ResolutionOutcome? Outcome,
    string? ResolutionNote,
    IReadOnlyList<TicketEventResponse>? History,
    int MessageCount = 0,
    DateTime? LastMessageAt = null,
    IReadOnlyList<AttachmentResponse>? Attachments = null,
    DateTime AssignBy = default,
    DateTime ResolveBy = default,
    bool AssignBreached = false,
    bool ResolveBreached = false);

public sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size);

public sealed record MessageAuthorResponse(MessageAuthorRole Role, string Name);

public sealed record MessageResponse(Guid Id, Guid TicketId, MessageAuthorResponse Author, string Body, bool Internal, DateTime CreatedAt,
    IReadOnlyList<AttachmentResponse> Attachments);

public sealed record MessageListResponse(IReadOnlyList<MessageResponse> Items);

public sealed record MessageRequest(string Body, bool? Internal = null, IReadOnlyList<Guid>? AttachmentIds = null);

public sealed record AgentResponse(Guid Id, string FullName, string Email, AgentStatus Status, Guid? CurrentTicketId, DateTime AvailableSince);

public sealed record MyAgentResponse(AgentResponse Agent, TicketResponse? CurrentTicket);

public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

public sealed record ProblemResponse(
    int Status,
    string Title,
    string? Detail,
    string Code,
    string TraceId,
    IReadOnlyDictionary<string, string[]>? Errors);

public sealed record EventResponse(string Id, string Type, long? Position, DateTime OccurredAt, System.Text.Json.JsonElement Data);

public sealed record EventPageResponse(IReadOnlyList<EventResponse> Items, long Next);

public sealed record WebhookRequest(string Url, IReadOnlyList<string> Events, string? Description = null);

public sealed record UpdateWebhookRequest(string Url, IReadOnlyList<string> Events, string? Description, bool Enabled);

public sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, string? Description, string Status,
    string? DisabledReason, DateTime CreatedAt, string? Secret);

public sealed record WebhookSecretResponse(string Secret);

public sealed record DeliveryResponse(Guid Id, string EventId, string EventType, string Status, int Attempts, int? LastStatusCode,
    string? LastError, DateTime? LastAttemptAt, DateTime? NextAttemptAt, int? DurationMs);
