using AutoMapper;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Commands.ResolveTicket;

/// <summary>The agent holding a ticket resolves it and is free for the next one.</summary>
[Authorize(Roles = Roles.Agent)]
public sealed record ResolveTicketCommand(Guid TicketId, ResolutionOutcome Outcome, string Note) : IRequest<TicketDto>;

public sealed class ResolveTicketHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IAssignmentTrigger assignment,
    TimeProvider clock,
    IMapper mapper,
    IDeskMetrics metrics,
    ILogger<ResolveTicketHandler> logger) : IRequestHandler<ResolveTicketCommand, TicketDto>
{
    public async Task<TicketDto> Handle(ResolveTicketCommand request, CancellationToken cancellationToken)
    {
        var agent = await actor.GetAgentAsync(cancellationToken);
        var ticket = await db.Tickets.Include(t => t.OrderLine)
            .SingleOrDefaultAsync(t => t.Id == request.TicketId, cancellationToken)
            ?? throw new NotFoundException("Ticket", request.TicketId);

        ticket.Resolve(agent, request.Outcome, request.Note, clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(() => Conflicts.TicketChanged(ticket.Number), cancellationToken);

        logger.LogInformation("Ticket {TicketNumber} resolved by agent {AgentId} as {Outcome}", ticket.Number, agent.Id, request.Outcome);
        metrics.TicketResolved(request.Outcome);
        await assignment.RequestAssignmentAsync(cancellationToken);
        return await db.Tickets.Where(t => t.Id == ticket.Id).FindDetailAsync(db, mapper, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ?? throw new NotFoundException("Ticket", ticket.Id);
    }
}
