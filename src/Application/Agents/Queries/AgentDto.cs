using SupportDesk.Application.Common.Interfaces;
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

public static class AgentReadModel
{
    public static IQueryable<AgentDto> ToDtos(this IQueryable<Agent> agents, IApplicationDbContext db) =>
        from a in agents
        join t in db.Tickets on a.CurrentTicketId equals t.Id into current
        from t in current.DefaultIfEmpty()
        select new AgentDto
        {
            Id = a.Id,
            FullName = a.FullName,
            Email = a.Email,
            // Same precedence as Agent.Status, written out so the database computes it.
            Status = a.RemovedAt != null ? AgentStatus.Removed
                : a.CurrentTicketId != null ? AgentStatus.Busy
                : a.Availability == AgentAvailability.Away ? AgentStatus.Away
                : AgentStatus.Available,
            Available = a.RemovedAt == null && a.Availability == AgentAvailability.Available,
            CurrentTicketId = a.CurrentTicketId,
            CurrentTicketNumber = t == null ? null : t.Number,
            AvailableSince = a.AvailableSince,
            RemovedAt = a.RemovedAt,
        };
}
