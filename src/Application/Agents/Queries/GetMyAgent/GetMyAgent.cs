using AutoMapper;
using SupportDesk.Application.Tickets.Queries;

namespace SupportDesk.Application.Agents.Queries.GetMyAgent;

/// <summary>The signed-in agent's desk: own status and the ticket being worked on, with its history.</summary>
[Authorize(Roles = Roles.Agent)]
public sealed record GetMyAgentQuery : IRequest<MyAgentDto>;

/// <summary>An agent's desk: itself and the ticket it works on.</summary>
/// <param name="Agent">The calling agent.</param>
/// <param name="CurrentTicket">The ticket it works on, with its history; null when it holds none.</param>
public sealed record MyAgentDto(AgentDto Agent, TicketDto? CurrentTicket);

public sealed class GetMyAgentHandler(IApplicationDbContext db, CurrentActor actor, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetMyAgentQuery, MyAgentDto>
{
    public async Task<MyAgentDto> Handle(GetMyAgentQuery request, CancellationToken cancellationToken)
    {
        var userId = actor.UserId;
        var agent = await db.Agents.Where(a => a.UserId == userId && a.RemovedAt == null).ToDtos(db)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Agent", "me");
        var ticket = agent.CurrentTicketId is { } ticketId
            ? await db.Tickets.Where(t => t.Id == ticketId).FindDetailAsync(db, mapper, clock.GetUtcNow().UtcDateTime, cancellationToken)
            : null;
        return new MyAgentDto(agent, ticket);
    }
}
