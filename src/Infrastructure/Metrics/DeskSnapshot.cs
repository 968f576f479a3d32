using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportDesk.Domain.Emails;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Metrics;

/// <summary>
/// The database figures behind the desk's gauges: two indexed counts (open tickets by priority on
/// <c>(Status, Priority, CreatedAt)</c>, pending emails on <c>(Status, NextAttemptAt)</c>), read when a collection asks
/// and reused for <c>Metrics:SnapshotSeconds</c>, so several gauges and scrapers share one read. Never on a request's
/// path: only the exporter's collection reads it. When the database does not answer, the last figures stay.
/// </summary>
public sealed class DeskSnapshot(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MetricsOptions> options, ILogger<DeskSnapshot> logger)
{
    private readonly Lock _gate = new();
    private DeskFigures _figures = DeskFigures.None;

    public DeskFigures Read()
    {
        // Observable instruments are collected synchronously; one collection reads for all of them, under the lock.
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now - _figures.ReadAt < TimeSpan.FromSeconds(options.Value.SnapshotSeconds) && _figures != DeskFigures.None)
            {
                return _figures;
            }

            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
                var queue = db.Tickets.AsNoTracking()
                    .Where(t => t.Status == TicketStatus.Open)
                    .GroupBy(t => t.Priority)
                    .Select(g => new { Priority = g.Key, Count = g.LongCount() })
                    .ToList();
                var emails = db.OutboundEmails.AsNoTracking().LongCount(e => e.Status == EmailStatus.Pending);
                // Every priority is reported, 0 included: a gauge that disappears reads as "no data", not "empty queue".
                var byPriority = Enum.GetValues<TicketPriority>()
                    .ToDictionary(p => p, p => queue.FirstOrDefault(q => q.Priority == p)?.Count ?? 0);
                _figures = new DeskFigures(byPriority, emails, now);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogWarning(ex, "Desk metrics: the database figures could not be read; the last ones are reported");
            }

            return _figures;
        }
    }
}
