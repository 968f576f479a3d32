using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Events.Queries;
using SupportDesk.Application.Events.Queries.GetEvents;
using SupportDesk.WebApi.Contracts;
using SupportDesk.WebApi.Errors;
using Roles = SupportDesk.Application.Common.Security.Roles;

namespace SupportDesk.WebApi.Controllers;

/// <summary>The change feed: every event of the desk, in commit order, for the shop's systems.</summary>
[Route("api/events")]
[ProducesProblem(StatusCodes.Status401Unauthorized)]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class EventsController : ApiControllerBase
{
    /// <summary>Read the change feed.</summary>
    /// <remarks>Manager or Integration. Events after the position `after` (0 = from the start), by position, at most `limit`. Pass `next` as the following call's `after`: a reader that does so sees every event exactly once, in commit order, and never a position lower than one it has read (positions are given after the commit by one sequencer, so an event appears in the feed a few milliseconds after its change). `data` is the resource as its own endpoint returns it after the change. `type` filters by event type and may repeat. Events about agents (`agent.*`) are for managers only, as agents are: an integration account's feed leaves them out (positions unchanged, so it sees gaps).</remarks>
    /// <param name="after">The last position read; 0 to start from the beginning.</param>
    /// <param name="limit">How many events at most, 1 to 500 (default 100).</param>
    /// <param name="type">Only events of these types (repeat the parameter for several).</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    [HttpGet]
    [Authorize(Roles = $"{Roles.Manager},{Roles.Integration}")]
    [ProducesResponseType<EventPage>(StatusCodes.Status200OK)]
    [ValidatedAs(typeof(GetEventsQuery))]
    public Task<EventPage> ListEvents([FromQuery] long after = 0, [FromQuery] int limit = GetEventsQuery.DefaultLimit,
        [FromQuery] string[]? type = null, CancellationToken cancellationToken = default) =>
        Sender.Send(new GetEventsQuery(after, limit, type), cancellationToken);
}
