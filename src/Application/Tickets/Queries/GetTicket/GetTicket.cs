using AutoMapper;

namespace SupportDesk.Application.Tickets.Queries.GetTicket;

/// <summary>One ticket with its history, for its customer, the staff and the shop's systems. Another customer's ticket is not found, exactly like a missing one.</summary>
[Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
public sealed record GetTicketQuery(Guid Id) : IRequest<TicketDto>;

public sealed class GetTicketHandler(IApplicationDbContext db, CurrentActor actor, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetTicketQuery, TicketDto>
{
    public async Task<TicketDto> Handle(GetTicketQuery request, CancellationToken cancellationToken)
    {
        var tickets = (await db.Tickets.ReadableByAsync(actor, cancellationToken)).Where(t => t.Id == request.Id);
        var ticket = await tickets.FindDetailAsync(db, mapper, clock.GetUtcNow().UtcDateTime, cancellationToken) ?? throw new NotFoundException("Ticket", request.Id);
        return actor.IsCustomerOnly ? ticket.ForCustomer() : ticket;
    }
}
