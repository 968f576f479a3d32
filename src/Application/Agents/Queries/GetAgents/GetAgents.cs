using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Agents.Queries.GetAgents;

/// <summary>Agents by name; removed agents only when asked for; <c>Q</c> matches part of the name or email, whatever the case.</summary>
[Authorize(Roles = Roles.Manager)]
public sealed record GetAgentsQuery(bool IncludeRemoved = false, string? Q = null, int Page = 1, int PageSize = Paging.MaxPageSize)
    : IRequest<PagedList<AgentDto>>, IPagedRequest;

public sealed class GetAgentsHandler(IApplicationDbContext db) : IRequestHandler<GetAgentsQuery, PagedList<AgentDto>>
{
    public Task<PagedList<AgentDto>> Handle(GetAgentsQuery request, CancellationToken cancellationToken)
    {
        var agents = db.Agents.AsQueryable();
        if (!request.IncludeRemoved)
        {
            agents = agents.Where(a => a.RemovedAt == null);
        }

        if (SearchPattern.Containing(request.Q) is { } pattern)
        {
            agents = agents.Where(a => EF.Functions.Like(a.FullName.ToLower(), pattern, SearchPattern.Escape)
                || EF.Functions.Like(a.Email.ToLower(), pattern, SearchPattern.Escape));
        }

        return agents.OrderBy(a => a.FullName).ThenBy(a => a.Id).ToDtos(db).ToPagedListAsync(request, cancellationToken);
    }
}
