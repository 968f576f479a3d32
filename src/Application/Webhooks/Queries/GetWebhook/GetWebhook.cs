namespace SupportDesk.Application.Webhooks.Queries.GetWebhook;

/// <summary>One subscription; another integration account's is not found.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record GetWebhookQuery(Guid Id) : IRequest<WebhookDto>;

public sealed class GetWebhookHandler(IApplicationDbContext db, CurrentActor actor) : IRequestHandler<GetWebhookQuery, WebhookDto>
{
    public async Task<WebhookDto> Handle(GetWebhookQuery request, CancellationToken cancellationToken) =>
        WebhookDto.From(await db.FindVisibleAsync(actor, request.Id, cancellationToken));
}
