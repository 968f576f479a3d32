using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>The figures the desk's gauges report, read from the database at <see cref="ReadAt"/>.</summary>
public sealed record DeskFigures(IReadOnlyDictionary<TicketPriority, long> QueueByPriority, long EmailsPending, DateTimeOffset ReadAt)
{
    public static readonly DeskFigures None = new(new Dictionary<TicketPriority, long>(), 0, DateTimeOffset.MinValue);
}
