using SupportDesk.Domain.Events;

namespace SupportDesk.Application.Events.Queries.GetEvents;

/// <summary>The change feed: events after a position, by position. Positions are given after the commit by one
/// sequencer, so a position is never seen after a higher one: a reader that follows <c>next</c> misses nothing.
/// Events about agents are for managers only, as agents are.</summary>
/// <param name="After">The last position read; 0 to start from the beginning.</param>
/// <param name="Limit">How many events at most, 1 to 500.</param>
/// <param name="Types">Only these event types; all when empty.</param>
[Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
public sealed record GetEventsQuery(long After = 0, int Limit = GetEventsQuery.DefaultLimit, IReadOnlyList<string>? Types = null)
    : IRequest<EventPage>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}

public sealed class GetEventsHandler(IApplicationDbContext db, CurrentActor actor) : IRequestHandler<GetEventsQuery, EventPage>
{
    public async Task<EventPage> Handle(GetEventsQuery request, CancellationToken cancellationToken)
    {
        // The desk's own signals (an internal note was added) are for its processes, never for a reader of the feed.
        var deskOnly = EventTypes.DeskOnly;
        var events = db.IntegrationEvents.AsNoTracking().Where(e => e.Position > request.After && !deskOnly.Contains(e.Type));
        if (!actor.IsManager)
        {
            // Only managers read agents: the shop's integration gets every other event, positions unchanged.
            var staff = EventTypes.ManagersOnly;
            events = events.Where(e => !staff.Contains(e.Type));
        }

        if (request.Types is { Count: > 0 } types)
        {
            events = events.Where(e => types.Contains(e.Type));
        }

        var rows = await events.OrderBy(e => e.Position).Take(request.Limit).ToListAsync(cancellationToken);
        var items = rows.Select(EventDto.From).ToList();
        return new EventPage(items, rows.Count == 0 ? request.After : rows[^1].Position!.Value);
    }
}
