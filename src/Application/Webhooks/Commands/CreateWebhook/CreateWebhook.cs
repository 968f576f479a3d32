using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Webhooks.Queries;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Commands.CreateWebhook;

/// <summary>A shop's system (or a manager) subscribes a URL to events. The answer carries the signing secret, shown
/// only this once.</summary>
/// <param name="Url">Where to post events: https, on a public address.</param>
/// <param name="Events">The event types to receive, or <c>["*"]</c> for all.</param>
/// <param name="Description">What the subscription is for.</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record CreateWebhookCommand(string Url, IReadOnlyList<string> Events, string? Description = null)
    : IRequest<WebhookCreatedDto>;

public sealed class CreateWebhookHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IWebhookAddressPolicy addresses,
    IWebhookSecrets secrets,
    TimeProvider clock) : IRequestHandler<CreateWebhookCommand, WebhookCreatedDto>
{
    public async Task<WebhookCreatedDto> Handle(CreateWebhookCommand request, CancellationToken cancellationToken)
    {
        actor.EnsureMaySubscribe(request.Events);
        var url = request.Url.Trim();
        await addresses.EnsureAllowedAsync(url, cancellationToken);
        var secret = WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription(actor.UserId, url, request.Events, request.Description?.Trim(),
            secrets.Protect(secret), StoredTime.Now(clock));
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookCreatedDto(WebhookDto.From(subscription), secret);
    }
}
