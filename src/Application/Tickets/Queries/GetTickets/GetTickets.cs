using MediatR;
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

public sealed class GetTicketsHandler(IApplicationDbContext db, CurrentActor actor)
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

        if (request.Status is { Count: > 0 } statuses)
        {
            tickets = tickets.Where(t => statuses.Contains(t.Status));
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

        var rows = tickets.ToSummaries(db);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim();
            rows = TicketNumber.LooksLikeNumber(q)
                ? rows.Where(t => t.Number == q.ToUpperInvariant())
                : rows.Where(t => t.OrderNumber == q || t.CustomerEmail.Contains(q) || t.ProductName.Contains(q) || t.Sku == q);
        }

        rows = request.OldestFirst
            ? rows.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            : rows.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id);
        return await rows.ToPagedListAsync(request, cancellationToken);
    }
}
