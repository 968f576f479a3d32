using SupportDesk.Domain.Agents;

namespace SupportDesk.Application.Agents.Queries;

/// <summary>An agent of the desk.</summary>
public sealed record AgentDto
{
    /// <summary>The agent id.</summary>
    public Guid Id { get; init; }

    /// <summary>The agent's name.</summary>
    public string FullName { get; init; } = string.Empty;

    /// <summary>The agent's email, which it signs in with.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>Available, Busy (working on a ticket, whether or not it will take another), Away or Removed.</summary>
    public AgentStatus Status { get; init; }

    /// <summary>Whether the agent takes new tickets (false when Away).</summary>
    public bool Available { get; init; }

    /// <summary>The ticket the agent works on, or null when it holds none.</summary>
    public Guid? CurrentTicketId { get; init; }

    /// <summary>The number of that ticket, or null.</summary>
    public string? CurrentTicketNumber { get; init; }

    /// <summary>Since when the agent has been free (UTC); the free agent waiting longest takes the next ticket.</summary>
    public DateTime AvailableSince { get; init; }

    /// <summary>When a manager removed the agent (UTC), or null.</summary>
    public DateTime? RemovedAt { get; init; }
}
