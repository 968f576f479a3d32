using SupportDesk.Domain.Agents;

namespace SupportDesk.Application.Agents.Queries;

public sealed record AgentDto
{
    public Guid Id { get; init; }

    public string FullName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    /// <summary>Available, Busy (working on a ticket, whether or not it will take another), Away or Removed.</summary>
    public AgentStatus Status { get; init; }

    /// <summary>Whether the agent takes new tickets (false when Away).</summary>
    public bool Available { get; init; }

    public Guid? CurrentTicketId { get; init; }

    public string? CurrentTicketNumber { get; init; }

    public DateTime AvailableSince { get; init; }

    public DateTime? RemovedAt { get; init; }
}
