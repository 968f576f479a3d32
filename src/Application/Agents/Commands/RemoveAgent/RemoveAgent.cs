using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Persistence;

namespace SupportDesk.Application.Agents.Commands.RemoveAgent;

/// <summary>
/// A manager removes an agent: the account can no longer sign in, the agent is kept for history, and a ticket in
/// progress goes back to the queue (keeping its place) and is assigned again.
/// </summary>
[Authorize(Roles = Roles.Manager)]
public sealed record RemoveAgentCommand(Guid Id) : IRequest<Unit>;

public sealed class RemoveAgentHandler(
    IApplicationDbContext db,
    IIdentityService identity,
    IAssignmentTrigger assignment,
    CurrentActor actor,
    TimeProvider clock,
    ILogger<RemoveAgentHandler> logger) : IRequestHandler<RemoveAgentCommand, Unit>
{
    public async Task<Unit> Handle(RemoveAgentCommand request, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Agent", request.Id);
        var ticket = agent.CurrentTicketId is { } ticketId
            ? await db.Tickets.SingleAsync(t => t.Id == ticketId, cancellationToken)
            : null;

        agent.Remove(ticket, actor.HistoryLabel, clock.GetUtcNow().UtcDateTime);
        // Domain rows first (under their concurrency tokens), then the account, in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The agent may take or resolve a ticket at this very moment: then nothing is changed and the manager retries.
        await db.SaveOrConflictAsync(Conflicts.AgentChanged, cancellationToken);

        await identity.DisableUserAsync(agent.UserId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Agent {AgentId} removed; ticket {TicketId} back in the queue", agent.Id, ticket?.Id);
        if (ticket is not null)
        {
            await assignment.RequestAssignmentAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
