using AutoMapper;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Commands.ChangeTicketPriority;

/// <summary>A manager changes how urgently a ticket is served; the history records it and the shop is told
/// (<c>ticket.priority_changed</c>). The same priority again changes nothing. The due times follow the new
/// priority, counted from the opening (<see cref="ServiceLevelPolicy"/>).</summary>
[Authorize(Roles = Roles.Manager)]
public sealed record ChangeTicketPriorityCommand(Guid TicketId, TicketPriority Priority) : IRequest<TicketDto>;

public sealed class ChangeTicketPriorityHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    TimeProvider clock,
    IMapper mapper,
    ServiceLevelPolicy serviceLevels,
    ILogger<ChangeTicketPriorityHandler> logger) : IRequestHandler<ChangeTicketPriorityCommand, TicketDto>
{
    public async Task<TicketDto> Handle(ChangeTicketPriorityCommand request, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == request.TicketId, cancellationToken)
            ?? throw new NotFoundException("Ticket", request.TicketId);

        var was = ticket.Priority;
        ticket.ChangePriority(request.Priority, actor.HistoryLabel, clock.GetUtcNow().UtcDateTime, serviceLevels);
        await db.SaveOrConflictAsync(() => Conflicts.TicketChanged(ticket.Number), cancellationToken);

        // The queue's next run picks the new order up; no pair becomes possible, so no assignment is requested.
        logger.LogInformation("Ticket {TicketNumber} priority {From} → {To}", ticket.Number, was, ticket.Priority);
        return await db.Tickets.Where(t => t.Id == ticket.Id).FindDetailAsync(db, mapper, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ?? throw new NotFoundException("Ticket", ticket.Id);
    }
}
