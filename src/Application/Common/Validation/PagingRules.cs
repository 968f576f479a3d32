using FluentValidation;
using SupportDesk.Application.Common.Models;

namespace SupportDesk.Application.Common.Validation;

public interface IPagedRequest
{
    int Page { get; }

    int PageSize { get; }
}

public static class PagingRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : IPagedRequest
    {
        validator.RuleFor(r => r.Page).InclusiveBetween(1, Paging.MaxPage);
        validator.RuleFor(r => r.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }

    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, IPagedRequest request,
        CancellationToken cancellationToken)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize), cancellationToken);
        return new PagedList<T>(items, request.Page, request.PageSize, total);
    }
}
