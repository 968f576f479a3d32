using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation;

/// <summary>
/// A message or a file changes the ticket's counters. Writers of one ticket's conversation take turns on the
/// ticket's row lock (<see cref="ITicketLocks"/>), so two messages at once neither conflict nor deadlock (each
/// would otherwise check the ticket row for its foreign key, then update it). The desk's own changes to the ticket
/// (assigning it) commute with a message: a conflict with one is not the writer's problem, so the ticket is read
/// again and the rules applied again (a ticket resolved meanwhile then refuses the message, as it should).
/// </summary>
public static class ConversationWrites
{
    public const int MaxAttempts = 3;

    /// <summary>Under the ticket's lock, runs <paramref name="write"/> (which loads the ticket and changes it) and
    /// saves; again from the start after a conflict; after the last attempt the conflict goes to the caller.</summary>
    public static async Task<T> RetryOnChangeAsync<T>(IApplicationDbContext db, ITicketLocks locks, Guid ticketId,
        Func<Task<(Ticket Ticket, T Result)>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Ticket? ticket = null;
            try
            {
                await using var held = await locks.LockAsync(ticketId, cancellationToken);
                (ticket, var result) = await write();
                await db.SaveChangesAsync(cancellationToken);
                await held.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception ex) when (IsRefusedWrite(ex))
            {
                db.DiscardChanges();
                if (attempt == MaxAttempts)
                {
                    throw Conflicts.TicketChanged(ticket?.Number ?? ticketId.ToString());
                }
            }
        }
    }

    /// <summary>A conflict on the ticket's token, or a write the database refused (a deadlock it broke), possibly
    /// wrapped by the provider's execution strategy.</summary>
    private static bool IsRefusedWrite(Exception exception) =>
        exception is DbUpdateException || exception.InnerException is DbUpdateException;
}
