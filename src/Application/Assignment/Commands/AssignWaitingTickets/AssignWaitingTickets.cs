using Microsoft.Extensions.Logging;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Assignment.Commands.AssignWaitingTickets;

/// <summary>Gives waiting tickets to free agents until one of the two runs out. Sent by the assignment job only.</summary>
public sealed record AssignWaitingTicketsCommand : IRequest<AssignmentRun>;

public sealed class AssignWaitingTicketsHandler(
    IApplicationDbContext db,
    TimeProvider clock,
    QueuePolicy queue,
    IDeskMetrics metrics,
    ILogger<AssignWaitingTicketsHandler> logger) : IRequestHandler<AssignWaitingTicketsCommand, AssignmentRun>
{
    /// <summary>After this many lost races in one run, leave the rest to the next trigger or sweep.</summary>
    internal const int MaxConflictsPerRun = 50;

    public async Task<AssignmentRun> Handle(AssignWaitingTicketsCommand request, CancellationToken cancellationToken)
    {
        int assigned = 0, conflicts = 0;
        while (conflicts < MaxConflictsPerRun)
        {
            // Policy: the next waiting ticket (highest priority with aging, then oldest: QueuePolicy) goes to the
            // agent free for the longest time. One pair per
            // transaction: the pair's two rows are saved under their concurrency tokens, and the unique holder
            // column stops any second ticket for the agent, so a process that raced us fails its save and retries.
            // The free agent first: while every agent is busy (a burst of new tickets) a run costs one index seek on
            // the agents, not the queue's.
            var agent = await db.Agents
                .Where(a => a.RemovedAt == null && a.Availability == AgentAvailability.Available && a.CurrentTicketId == null)
                .OrderBy(a => a.AvailableSince).ThenBy(a => a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (agent is null)
            {
                break;
            }

            var ticket = await NextWaitingAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (ticket is null)
            {
                break;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            ticket.AssignTo(agent, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                assigned++;
                metrics.TicketAssigned(ticket.Priority, now - ticket.CreatedAt);
                logger.LogInformation("Ticket {TicketNumber} assigned to agent {AgentId}", ticket.Number, agent.Id);
            }
            catch (DbUpdateException ex)
            {
                // Another process took the ticket or the agent first; reload and try the next pair.
                conflicts++;
                logger.LogDebug(ex, "Assignment of {TicketNumber} lost a race; retrying", ticket.Number);
            }
            finally
            {
                db.DiscardChanges();
            }
        }

        if (conflicts >= MaxConflictsPerRun)
        {
            logger.LogWarning("Assignment run stopped after {Conflicts} conflicts; the next run continues", conflicts);
        }

        return new AssignmentRun(assigned, conflicts);
    }

    /// <summary>The head of the queue (<see cref="QueuePolicy.Head"/>): each priority's oldest waiting ticket, one
    /// index seek on (status, priority, created) each, then the policy picks among them.</summary>
    private async Task<Ticket?> NextWaitingAsync(DateTime now, CancellationToken cancellationToken)
    {
        var oldest = new List<Ticket?>(Priorities.Length);
        foreach (var priority in Priorities)
        {
            oldest.Add(await db.Tickets
                .Where(t => t.Status == TicketStatus.Open && t.Priority == priority)
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .FirstOrDefaultAsync(cancellationToken));
        }

        return queue.Head(oldest, now);
    }

    private static readonly TicketPriority[] Priorities = Enum.GetValues<TicketPriority>();
}
