using SupportDesk.Domain.Agents;

namespace SupportDesk.Application.Agents.Queries;

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
