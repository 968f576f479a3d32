namespace SupportDesk.LoadDriver;

// The HTTP contract of DESIGN.md as a client generated from it would see it: the driver knows nothing of the
// product's own types.

public sealed record TokenRequest(string Email, string Password);

public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt);

public sealed record RegisterRequest(string Email, string Password, string FullName);

public sealed record CustomerResponse(Guid Id, string FullName, string Email);

public sealed record OrderLineRequest(string Sku, string ProductName, int Quantity, decimal UnitPrice);

public sealed record ImportOrderRequest(string Number, string CustomerEmail, DateTime PlacedAt, IReadOnlyList<OrderLineRequest> Lines);

public sealed record OrderLineResponse(Guid Id, string Sku, string ProductName, int Quantity, decimal UnitPrice);

public sealed record OrderResponse(Guid Id, string Number, Guid CustomerId, DateTime PlacedAt, IReadOnlyList<OrderLineResponse> Lines);

public sealed record OpenTicketRequest(Guid OrderId, Guid OrderLineId, int Quantity, string Reason, string Description);

/// <summary>The raw baseline's insert: the same ticket, with the customer named in the body (it has no sign-in).</summary>
public sealed record RawOpenTicketRequest(Guid CustomerId, Guid OrderId, Guid OrderLineId, int Quantity, string Reason, string Description);

public sealed record ResolveTicketRequest(string Outcome, string Note);

public sealed record TicketResponse(Guid Id, string Number, string Status, Guid CustomerId, Guid? AssignedAgentId,
    DateTime CreatedAt, DateTime? AssignedAt, DateTime? ResolvedAt);

public sealed record CreateAgentRequest(string FullName, string Email, string Password);

public sealed record AvailabilityRequest(bool Available);

public sealed record AgentResponse(Guid Id, string FullName, string Email, string Status, Guid? CurrentTicketId);

public sealed record MyAgentResponse(AgentResponse Agent);

public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
