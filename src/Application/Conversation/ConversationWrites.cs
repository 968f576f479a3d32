using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Conversation;

/// <summary>
/// A message or a file changes the ticket's counters, so it meets the ticket's concurrency token. Writing to a
/// ticket commutes with what else happens to it (the desk assigning it at the same moment, another message), so a
/// conflict is not the writer's problem: the ticket is read again and the rules applied again (a ticket resolved
/// meanwhile then refuses the message, as it should).
/// </summary>
public static class ConversationWrites
{
    public const int MaxAttempts = 3;

    /// <summary>Runs <paramref name="write"/> (which loads the ticket and changes it) and saves, again from the start
    /// after a concurrency conflict; after the last attempt the conflict goes to the caller.</summary>
    public static async Task<T> RetryOnChangeAsync<T>(IApplicationDbContext db, Func<Task<(Ticket Ticket, T Result)>> write,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (ticket, result) = await write();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.DiscardChanges();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.DiscardChanges();
                throw Conflicts.TicketChanged(ticket.Number);
            }
        }
    }
}
