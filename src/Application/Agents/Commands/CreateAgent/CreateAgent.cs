using Microsoft.Extensions.Logging;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Common.Persistence;
using SupportDesk.Domain.Agents;

namespace SupportDesk.Application.Agents.Commands.CreateAgent;

/// <summary>A manager adds an agent with a sign-in account; the new agent is available and takes the next ticket.</summary>
/// <param name="FullName">The agent's name.</param>
/// <param name="Email">The email the agent signs in with; no other account may use it.</param>
/// <param name="Password">The agent's first password; one the password policy refuses is a 400 naming the reasons.</param>
[Authorize(Roles = Roles.Manager)]
public sealed record CreateAgentCommand(string FullName, string Email, string Password) : IRequest<AgentDto>;

public sealed class CreateAgentHandler(
    IApplicationDbContext db,
    IIdentityService identity,
    IAssignmentTrigger assignment,
    TimeProvider clock,
    ILogger<CreateAgentHandler> logger) : IRequestHandler<CreateAgentCommand, AgentDto>
{
    public async Task<AgentDto> Handle(CreateAgentCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        if (await db.Agents.AnyAsync(a => a.Email == email, cancellationToken))
        {
            throw Conflicts.AgentEmailTaken();
        }

        // Account and agent in one transaction: a failure leaves neither behind.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var userId = await identity.CreateUserAsync(email, request.Password, request.FullName.Trim(), Roles.Agent, cancellationToken);
        var agent = new Agent(request.FullName, email, userId, clock.GetUtcNow().UtcDateTime);
        db.Agents.Add(agent);
        await db.SaveOrConflictAsync(changed: null, taken: Conflicts.AgentEmailTaken, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Agent {AgentId} created", agent.Id);
        await assignment.RequestAssignmentAsync(cancellationToken);
        return await db.Agents.AsNoTracking().Where(a => a.Id == agent.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
