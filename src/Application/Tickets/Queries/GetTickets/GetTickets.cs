using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries.GetTickets;

/// <summary>
/// Tickets, newest first (or the queue order, oldest first). A customer only ever sees their own tickets, whatever
/// the filters say. <c>Q</c> is a whole ticket number (found by its index), or
/// part of a ticket number, an order number, the customer's name or email, the product or its SKU, whatever the case.
/// </summary>
[Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
public sealed record GetTicketsQuery : IRequest<PagedList<TicketSummaryDto>>, IPagedRequest
{
    public IReadOnlyList<TicketStatus>? Status { get; init; }

    /// <summary>Only tickets of these priorities (their own priority, not the one aging gives them in the queue).</summary>
    public IReadOnlyList<TicketPriority>? Priority { get; init; }

    public Guid? AgentId { get; init; }

    public Guid? CustomerId { get; init; }

    public string? Q { get; init; }

    public DateTime? CreatedFrom { get; init; }

    public DateTime? CreatedTo { get; init; }

    /// <summary>True: only tickets with a service-level target missed now (either; <see cref="ServiceLevelPolicy.Breached"/>).
    /// False or absent: no filter.</summary>
    public bool Breached { get; init; }

    public bool OldestFirst { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class GetTicketsHandler(IApplicationDbContext db, CurrentActor actor, LargeCounts counts, TimeProvider clock)
    : IRequestHandler<GetTicketsQuery, PagedList<TicketSummaryDto>>
{
    public async Task<PagedList<TicketSummaryDto>> Handle(GetTicketsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tickets = db.Tickets.AsQueryable();
        var customerId = actor.IsCustomerOnly
            ? await actor.GetCustomerIdAsync(cancellationToken)
            : request.CustomerId;
        if (customerId is { } cid)
        {
            tickets = tickets.Where(t => t.CustomerId == cid);
        }

        if (request.Status is { Count: > 0 } wanted)
        {
            tickets = tickets.Where(t => wanted.Contains(t.Status));
        }

        if (request.Priority is { Count: > 0 } priorities)
        {
            tickets = tickets.Where(t => priorities.Contains(t.Priority));
        }

        if (request.Breached)
        {
            tickets = tickets.Where(ServiceLevelPolicy.Breached(now));
        }

        if (request.AgentId is { } agentId)
        {
            tickets = tickets.Where(t => t.AssignedAgentId == agentId);
        }

        if (request.CreatedFrom is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            tickets = tickets.Where(t => t.CreatedAt >= fromUtc);
        }

        if (request.CreatedTo is { } to)
        {
            var toUtc = to.ToUniversalTime();
            tickets = tickets.Where(t => t.CreatedAt < toUtc);
        }

        var search = request.Q?.Trim() is { Length: > 0 } q ? q : null;
        if (search is not null && TicketNumber.LooksLikeNumber(search))
        {
            var number = search.ToUpperInvariant();
            tickets = tickets.Where(t => t.Number == number);
            search = null;
        }

        if (SearchPattern.Containing(search) is { } pattern)
        {
            // A text search needs the joined columns to filter on, so it runs as one query over the summaries.
            var rows = tickets.ToSummaries(db)
                .Where(t => EF.Functions.Like(t.Number.ToLower(), pattern, SearchPattern.Escape)
                    || EF.Functions.Like(t.OrderNumber.ToLower(), pattern, SearchPattern.Escape)
                    || EF.Functions.Like(t.CustomerName.ToLower(), pattern, SearchPattern.Escape)
                    || EF.Functions.Like(t.CustomerEmail.ToLower(), pattern, SearchPattern.Escape)
                    || EF.Functions.Like(t.ProductName.ToLower(), pattern, SearchPattern.Escape)
                    || EF.Functions.Like(t.Sku.ToLower(), pattern, SearchPattern.Escape));
            var found = await (request.OldestFirst
                    ? rows.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                    : rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id))
                .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
            return new PagedList<TicketSummaryDto>(found.Select(t => ForReader(t.WithServiceLevels(now))).ToList(), request.Page, request.PageSize, await rows.CountAsync(cancellationToken));
        }

        // The page's tickets first, from the index behind the filter and the order, then their summaries: as one
        // query, the planner joins and sorts every matching ticket before taking a page, so a manager's first page
        // of a long history would cost a sort of the whole history (docs/benchmarks.md).
        var ordered = request.OldestFirst
            ? tickets.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            : tickets.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id);
        var pageIds = await ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(t => t.Id).ToListAsync(cancellationToken);
        var summaries = pageIds.Count == 0
            ? []
            : await db.Tickets.Where(t => pageIds.Contains(t.Id)).ToSummaries(db).ToDictionaryAsync(t => t.Id, cancellationToken);

        // Without a text search the joins of the summary are one-to-one on required keys, so the tickets alone give
        // the same total, and counting the joined rows would make the database join every ticket it counts.
        var statuses = request.Status is { } given ? string.Join(',', given.Distinct().Order()) : string.Empty;
        var levels = request.Priority is { } chosen ? string.Join(',', chosen.Distinct().Order()) : string.Empty;
        var filter = $"{customerId}|{statuses}|{levels}|{request.Breached}|{request.AgentId}|{request.CreatedFrom:O}|{request.CreatedTo:O}|{request.Q?.Trim().ToUpperInvariant()}";
        var total = await counts.CountAsync(tickets, filter, cancellationToken);
        var items = pageIds.Where(summaries.ContainsKey).Select(id => ForReader(summaries[id].WithServiceLevels(now))).ToList();
        return new PagedList<TicketSummaryDto>(items, request.Page, request.PageSize, total);
    }

    private TicketSummaryDto ForReader(TicketSummaryDto summary) => actor.IsCustomerOnly ? summary.ForCustomer() : summary;
}
