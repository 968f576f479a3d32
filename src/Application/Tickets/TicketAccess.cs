using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets;

/// <summary>Who may read which tickets and what of them: a customer their own tickets only (another customer's is
/// "not found", never "forbidden"), the staff and the shop's systems every ticket; internal notes are for the staff.</summary>
public static class TicketAccess
{
    /// <summary><paramref name="tickets"/> narrowed to those <paramref name="actor"/> may read.</summary>
    public static async Task<IQueryable<Ticket>> ReadableByAsync(this IQueryable<Ticket> tickets, CurrentActor actor,
        CancellationToken cancellationToken)
    {
        if (actor.IsManager || actor.IsAgent || actor.IsIntegration)
        {
            return tickets;
        }

        var customerId = await actor.GetCustomerIdAsync(cancellationToken);
        return tickets.Where(t => t.CustomerId == customerId);
    }

    /// <summary>Agents and managers read internal notes; customers and the shop's systems never do.</summary>
    public static bool SeesInternalNotes(this CurrentActor actor) => actor.IsAgent || actor.IsManager;
}
