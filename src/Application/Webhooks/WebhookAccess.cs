using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Webhooks;

/// <summary>Who sees which subscriptions: a manager all of them, an integration account the ones it created.
/// Another account's subscription is not found, exactly like a missing one.</summary>
public static class WebhookAccess
{
    public static IQueryable<WebhookSubscription> VisibleTo(this IQueryable<WebhookSubscription> subscriptions, CurrentActor actor)
    {
        if (actor.IsManager)
        {
            return subscriptions;
        }

        var owner = actor.UserId;
        return subscriptions.Where(s => s.OwnerUserId == owner);
    }

    /// <summary>Only managers read agents, so only they subscribe to events about agents by name (a <c>*</c>
    /// subscription of anyone else leaves them out).</summary>
    public static void EnsureMaySubscribe(this CurrentActor actor, IEnumerable<string> events)
    {
        if (!actor.IsManager && events.Any(Domain.Events.EventTypes.IsForManagersOnly))
        {
            throw new ForbiddenAccessException("Events about agents are for managers only.");
        }
    }

    public static async Task<WebhookSubscription> FindVisibleAsync(this IApplicationDbContext db, CurrentActor actor, Guid id,
        CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.VisibleTo(actor).SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException("Webhook", id);
}
