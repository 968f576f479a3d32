using MediatR;
using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries.GetTickets;

/// <summary>
/// Tickets, newest first (or the queue order, oldest first). A customer only ever sees their own tickets, whatever
/// the filters say. <c>Q</c> is a ticket number, an order number, or part of the customer's email or the product.
/// </summary>
[Authorize(Roles = $"{Roles.Customer},{Roles.Agent},{Roles.Manager},{Roles.Integration}")]
public sealed record GetTicketsQuery : IRequest<PagedList<TicketSummaryDto>>, IPagedRequest
{
    public IReadOnlyList<TicketStatus>? Status { get; init; }

    public Guid? AgentId { get; init; }

    public Guid? CustomerId { get; init; }

    public string? Q { get; init; }

    public DateTime? CreatedFrom { get; init; }

    public DateTime? CreatedTo { get; init; }

    public bool OldestFirst { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class GetTicketsHandler(IApplicationDbContext db, CurrentActor actor, LargeCounts counts)
    : IRequestHandler<GetTicketsQuery, PagedList<TicketSummaryDto>>
{
    public async Task<PagedList<TicketSummaryDto>> Handle(GetTicketsQuery request, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.AsQueryable();
        var customerId = actor.IsCustomer && !actor.IsManager && !actor.IsAgent
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

        var rows = tickets.ToSummaries(db);
        if (search is not null)
        {
            rows = rows.Where(t => t.OrderNumber == search || t.CustomerEmail.Contains(search) || t.ProductName.Contains(search) || t.Sku == search);
        }

        // Without a text search the joins of the summary are one-to-one on required keys, so the tickets alone give
        // the same total; counting the joined rows made the database join every ticket it counted (3.3 s over a
        // million tickets, against 0.1 s for the tickets alone).
        var statuses = request.Status is { } given ? string.Join(',', given.Distinct().Order()) : string.Empty;
        var filter = $"{customerId}|{statuses}|{request.AgentId}|{request.CreatedFrom:O}|{request.CreatedTo:O}|{request.Q?.Trim().ToUpperInvariant()}";
        var total = search is null
            ? await counts.CountAsync(tickets, filter, cancellationToken)
            : await rows.CountAsync(cancellationToken);
        rows = request.OldestFirst
            ? rows.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            : rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id);
        var items = await rows.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<TicketSummaryDto>(items, request.Page, request.PageSize, total);
    }
}
