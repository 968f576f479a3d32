using Microsoft.Extensions.Caching.Memory;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries.GetTickets;

/// <summary>
/// The totals of large ticket lists, remembered for a short while. Counting hundreds of thousands of index entries
/// on every page of a manager's unfiltered list over a long history is the slowest part of that page, and a total that
/// large need not be exact to the ticket on every request. Totals under <see cref="Threshold"/> are never remembered, so a customer, an
/// agent or a narrow filter always gets the exact number.
/// </summary>
public sealed class LargeCounts(IMemoryCache cache)
{
    public const int Threshold = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>The number of <paramref name="tickets"/>, remembered for <see cref="Lifetime"/> when it is large.</summary>
    /// <param name="tickets">The filtered tickets to count.</param>
    /// <param name="filter">Everything that decides which tickets are counted, the caller's own restriction included.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    public async Task<int> CountAsync(IQueryable<Ticket> tickets, string filter, CancellationToken cancellationToken)
    {
        var key = "ticket-count:" + filter;
        if (cache.TryGetValue(key, out int known))
        {
            return known;
        }

        var count = await tickets.CountAsync(cancellationToken);
        if (count >= Threshold)
        {
            cache.Set(key, count, Lifetime);
        }

        return count;
    }
}
