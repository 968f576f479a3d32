namespace SupportDesk.Application.Common.Models;

/// <summary>Times as the databases keep them: to the microsecond. A use case that answers with the objects it just
/// saved cuts its times the same way, so the answer reads as the resource read back later.</summary>
public static class StoredTime
{
    public static DateTime Of(DateTime time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond));

    public static DateTime Now(TimeProvider clock) => Of(clock.GetUtcNow().UtcDateTime);
}
