using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Customers.Queries.GetCustomers;

/// <summary>Managers browse customers with their order and ticket counts; <c>Q</c> matches part of the name or email, whatever the case.</summary>
[Authorize(Roles = Roles.Manager)]
public sealed record GetCustomersQuery(string? Q = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<CustomerSummaryDto>>, IPagedRequest;

public sealed record CustomerSummaryDto(
    Guid Id, string FullName, string Email, bool HasAccount, int OrderCount, int TicketCount, int ActiveTicketCount);

public sealed class GetCustomersHandler(IApplicationDbContext db) : IRequestHandler<GetCustomersQuery, PagedList<CustomerSummaryDto>>
{
    public Task<PagedList<CustomerSummaryDto>> Handle(GetCustomersQuery request, CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking();
        if (SearchPattern.Containing(request.Q) is { } pattern)
        {
            customers = customers.Where(c => EF.Functions.Like(c.Email.ToLower(), pattern, SearchPattern.Escape)
                || EF.Functions.Like(c.FullName.ToLower(), pattern, SearchPattern.Escape));
        }

        return customers
            .OrderBy(c => c.FullName).ThenBy(c => c.Id)
            .Select(c => new CustomerSummaryDto(
                c.Id, c.FullName, c.Email, c.UserId != null,
                db.Orders.Count(o => o.CustomerId == c.Id),
                db.Tickets.Count(t => t.CustomerId == c.Id),
                db.Tickets.Count(t => t.CustomerId == c.Id && t.Status != TicketStatus.Resolved)))
            .ToPagedListAsync(request, cancellationToken);
    }
}
