using AutoMapper;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Commands.ReassignTicket;

/// <summary>A manager moves a stuck ticket in progress: back to the queue (<see cref="AgentId"/> null), where the
/// assignment job picks it up again, or straight to another free agent. The holder is free again either way; the
/// history records it and the shop is told (<c>ticket.returned_to_queue</c> or <c>ticket.assigned</c>).</summary>
/// <param name="TicketId">The ticket in progress.</param>
/// <param name="AgentId">The free agent to take it, or null for the queue.</param>
[Authorize(Roles = Roles.Manager)]
public sealed record ReassignTicketCommand(Guid TicketId, Guid? AgentId) : IRequest<TicketDto>;

public sealed class ReassignTicketHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IAgentLocks agentLocks,
    IAssignmentTrigger assignment,
    TimeProvider clock,
    IMapper mapper,
    ILogger<ReassignTicketHandler> logger) : IRequestHandler<ReassignTicketCommand, TicketDto>
{
    public async Task<TicketDto> Handle(ReassignTicketCommand request, CancellationToken cancellationToken)
    {
        // Two managers handing tickets to the same agent take turns on the agent's row: the second reads the agent
        // busy and is told so. Whatever else races (the assignment job, the holder resolving), the concurrency tokens
        // and the unique holder column refuse the second write.
        await using var agentLock = request.AgentId is { } lockedId ? await agentLocks.LockAsync(lockedId, cancellationToken) : null;
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == request.TicketId, cancellationToken)
            ?? throw new NotFoundException("Ticket", request.TicketId);
        var to = request.AgentId is { } agentId
            ? await db.Agents.SingleOrDefaultAsync(a => a.Id == agentId, cancellationToken)
                ?? throw new NotFoundException("Agent", agentId)
            : null;
        var holder = ticket.HolderAgentId is { } holderId
            ? await db.Agents.SingleAsync(a => a.Id == holderId, cancellationToken)
            : null;

        var now = clock.GetUtcNow().UtcDateTime;
        Move(ticket, holder, to, now);
        await db.SaveOrConflictAsync(
            to is null ? () => Conflicts.TicketChanged(ticket.Number) : Conflicts.AgentChanged,
            to is null ? null : () => Conflicts.AgentTookAnotherTicket(to.FullName),
            cancellationToken);
        if (agentLock is not null)
        {
            await agentLock.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Ticket {TicketNumber} moved from agent {FromAgentId} to {ToAgentId} (null: the queue)",
            ticket.Number, holder?.Id, to?.Id);
        // The answer is the move itself, read before the assignment run can take the ticket again.
        var moved = await db.Tickets.Where(t => t.Id == ticket.Id).FindDetailAsync(db, mapper, now, cancellationToken)
            ?? throw new NotFoundException("Ticket", ticket.Id);
        // Back in the queue, or its old holder free again: either can make a waiting ticket meet a free agent.
        await assignment.RequestAssignmentAsync(cancellationToken);
        return moved;
    }

    private void Move(Ticket ticket, Agent? holder, Agent? to, DateTime now)
    {
        if (to is null)
        {
            ticket.HandBackToQueue(holder, actor.HistoryLabel, now);
        }
        else
        {
            ticket.HandOver(holder, to, actor.HistoryLabel, now);
        }
    }
}
