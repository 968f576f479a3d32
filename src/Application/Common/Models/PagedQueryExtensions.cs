using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Common.Models;

public static class PagedQueryExtensions
{
    /// <summary>Counts the query, then reads the requested page of it.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, IPagedRequest request,
        CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<T>(items, request.Page, request.PageSize, total);
    }
}
