using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Webhooks.Queries.GetWebhooks;

/// <summary>The subscriptions the caller may see (a manager: all), newest first.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record GetWebhooksQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<WebhookDto>>, IPagedRequest;

public sealed class GetWebhooksHandler(IApplicationDbContext db, CurrentActor actor) : IRequestHandler<GetWebhooksQuery, PagedList<WebhookDto>>
{
    public async Task<PagedList<WebhookDto>> Handle(GetWebhooksQuery request, CancellationToken cancellationToken)
    {
        var page = await db.WebhookSubscriptions.AsNoTracking().VisibleTo(actor)
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
            .ToPagedListAsync(request, cancellationToken);
        return new PagedList<WebhookDto>(page.Items.Select(WebhookDto.From).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
