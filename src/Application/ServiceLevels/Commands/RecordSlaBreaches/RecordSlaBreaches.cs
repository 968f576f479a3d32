using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Models;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.ServiceLevels.Commands.RecordSlaBreaches;

/// <summary>Records the service-level targets that passed since the last run, once each, even for a ticket nobody
/// looks at: a history line and the event <c>ticket.sla_breached</c> per target (<see cref="Ticket.RecordBreaches"/>).
/// Sent by the breach job only, at most <see cref="BatchSize"/> tickets a run (the next run takes the rest).</summary>
/// <param name="BatchSize">Tickets looked at in this run at most.</param>
public sealed record RecordSlaBreachesCommand(int BatchSize = RecordSlaBreachesCommand.DefaultBatchSize) : IRequest<SlaBreachRun>
{
    public const int DefaultBatchSize = 200;
    public const int MaxBatchSize = 10_000;
}

public sealed class RecordSlaBreachesHandler(
    IApplicationDbContext db,
    TimeProvider clock,
    ILogger<RecordSlaBreachesHandler> logger) : IRequestHandler<RecordSlaBreachesCommand, SlaBreachRun>
{
    public async Task<SlaBreachRun> Handle(RecordSlaBreachesCommand request, CancellationToken cancellationToken)
    {
        // One index range (SlaCheckAt): nothing due costs one empty seek. Strictly before now, as a target is missed
        // only once its due time has passed (ServiceLevelPolicy.Missed).
        var now = StoredTime.Now(clock);
        var due = await db.Tickets.AsNoTracking()
            .Where(t => t.SlaCheckAt < now)
            .OrderBy(t => t.SlaCheckAt).ThenBy(t => t.Id)
            .Select(t => t.Id)
            .Take(request.BatchSize)
            .ToListAsync(cancellationToken);

        int recorded = 0, conflicts = 0;
        foreach (var id in due)
        {
            // One ticket per transaction, saved under its concurrency token: when two processes run at once, the
            // second save of the same ticket fails, so each breach is recorded (and its event emitted) exactly once.
            // The transaction is this loop's own: whatever fails (a conflict, a deadlock the database broke, a timeout),
            // disposing it rolls everything back, so no lock outlives the attempt.
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
                if (ticket is null || ticket.RecordBreaches(now) == 0)
                {
                    continue;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                recorded++;
                logger.LogInformation("Ticket {TicketNumber} missed a service-level target", ticket.Number);
            }
            catch (Exception ex) when (ex is DbUpdateException || ex.InnerException is DbUpdateException)
            {
                // Another process recorded it (or changed the ticket) first, or the database broke a deadlock between
                // the two: nothing of this transaction was written, and a breach still due is the next run's.
                conflicts++;
                logger.LogDebug(ex, "Breach of ticket {TicketId} recorded by another process", id);
            }
            finally
            {
                db.DiscardChanges();
            }
        }

        return new SlaBreachRun(due.Count, recorded, conflicts);
    }
}
