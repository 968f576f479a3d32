using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Persistence;

namespace SupportDesk.Application.Agents.Commands.UpdateAgent;

/// <summary>A manager changes an agent's name and email, and sets a new password when one is given.</summary>
[Authorize(Roles = Roles.Manager)]
public sealed record UpdateAgentCommand(Guid Id, string FullName, string Email, string? Password = null) : IRequest<AgentDto>;

public sealed class UpdateAgentHandler(IApplicationDbContext db, IIdentityService identity)
    : IRequestHandler<UpdateAgentCommand, AgentDto>
{
    public async Task<AgentDto> Handle(UpdateAgentCommand request, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Agent", request.Id);
        var email = request.Email.Trim().ToLowerInvariant();
        if (await db.Agents.AnyAsync(a => a.Email == email && a.Id != agent.Id, cancellationToken)
            || await identity.IsEmailTakenAsync(email, agent.UserId, cancellationToken))
        {
            throw Conflicts.AgentEmailTaken();
        }

        agent.UpdateDetails(request.FullName, email);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveOrConflictAsync(Conflicts.AgentChanged, Conflicts.AgentEmailTaken, cancellationToken);

        await identity.UpdateUserAsync(agent.UserId, email, agent.FullName, request.Password, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await db.Agents.AsNoTracking().Where(a => a.Id == agent.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
