namespace SupportDesk.Application.Webhooks.Commands.DeleteWebhook;

/// <summary>Deletes a subscription with its delivery log; nothing more is sent to it.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record DeleteWebhookCommand(Guid Id) : IRequest<Unit>;

public sealed class DeleteWebhookHandler(IApplicationDbContext db, CurrentActor actor) : IRequestHandler<DeleteWebhookCommand, Unit>
{
    public async Task<Unit> Handle(DeleteWebhookCommand request, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(actor, request.Id, cancellationToken);
        db.WebhookSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
