using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Persistence;

namespace SupportDesk.Application.Agents.Commands.SetAgentAvailability;

/// <summary>An agent goes away or comes back (a manager may do it for any agent). Going away keeps the current
/// ticket; coming back free asks for an assignment at once.</summary>
[Authorize(Roles = $"{Roles.Agent},{Roles.Manager}")]
public sealed record SetAgentAvailabilityCommand(Guid AgentId, bool Available) : IRequest<AgentDto>;

public sealed class SetAgentAvailabilityHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IAssignmentTrigger assignment,
    TimeProvider clock) : IRequestHandler<SetAgentAvailabilityCommand, AgentDto>
{
    public async Task<AgentDto> Handle(SetAgentAvailabilityCommand request, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.SingleOrDefaultAsync(a => a.Id == request.AgentId, cancellationToken)
            ?? throw new NotFoundException("Agent", request.AgentId);
        if (!actor.IsManager && agent.UserId != actor.UserId)
        {
            throw new ForbiddenAccessException("Agents change their own availability only.");
        }

        var canTakeTicket = false;
        if (request.Available)
        {
            canTakeTicket = agent.BecomeAvailable(clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            agent.GoAway();
        }

        await db.SaveOrConflictAsync(Conflicts.AgentChanged, cancellationToken);

        if (canTakeTicket)
        {
            await assignment.RequestAssignmentAsync(cancellationToken);
        }

        return await db.Agents.AsNoTracking().Where(a => a.Id == agent.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
