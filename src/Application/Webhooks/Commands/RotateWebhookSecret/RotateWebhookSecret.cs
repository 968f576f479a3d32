using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Webhooks.Queries;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks.Commands.RotateWebhookSecret;

/// <summary>Gives the subscription a new signing secret, shown only in this answer. For 24 hours deliveries carry
/// two signatures, by the new and the previous secret, so the receiver can switch without refusing one.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record RotateWebhookSecretCommand(Guid Id) : IRequest<WebhookSecretDto>;

public sealed class RotateWebhookSecretHandler(IApplicationDbContext db, CurrentActor actor, IWebhookSecrets secrets, TimeProvider clock)
    : IRequestHandler<RotateWebhookSecretCommand, WebhookSecretDto>
{
    public async Task<WebhookSecretDto> Handle(RotateWebhookSecretCommand request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        var secret = WebhookSignature.NewSecret();
        subscription.RotateSecret(secrets.Protect(secret), clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(Conflicts.WebhookChanged, cancellationToken);
        return new WebhookSecretDto(secret);
    }
}
