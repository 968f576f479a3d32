namespace SupportDesk.Application.Events.Queries;

/// <summary>Events after a position, and the position to ask after next.</summary>
/// <param name="Items">The events, by position.</param>
/// <param name="Next">The <c>after</c> of the next read: the last position here, or the one asked after when there
/// was nothing new. Following it yields every event once, in order.</param>
public sealed record EventPage(IReadOnlyList<EventDto> Items, long Next);
