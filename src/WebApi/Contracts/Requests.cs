using SupportDesk.Domain.Tickets;

namespace SupportDesk.WebApi.Contracts;

public sealed record RegisterRequest(string Email, string Password, string FullName);

public sealed record TokenRequest(string Email, string Password);

public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt);

public sealed record ResolveTicketRequest(ResolutionOutcome Outcome, string Note);

public sealed record UpdateAgentRequest(string FullName, string Email, string? Password = null);

public sealed record AvailabilityRequest(bool Available);
