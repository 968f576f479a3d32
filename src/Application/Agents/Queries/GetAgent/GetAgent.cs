namespace SupportDesk.Application.Agents.Queries.GetAgent;

[Authorize(Roles = Roles.Manager)]
public sealed record GetAgentQuery(Guid Id) : IRequest<AgentDto>;

public sealed class GetAgentHandler(IApplicationDbContext db) : IRequestHandler<GetAgentQuery, AgentDto>
{
    public async Task<AgentDto> Handle(GetAgentQuery request, CancellationToken cancellationToken) =>
        await db.Agents.Where(a => a.Id == request.Id).ToDtos(db).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Agent", request.Id);
}
