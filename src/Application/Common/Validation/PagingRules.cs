using FluentValidation;
using SupportDesk.Application.Common.Models;

namespace SupportDesk.Application.Common.Validation;

public static class PagingRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : IPagedRequest
    {
        validator.RuleFor(r => r.Page).InclusiveBetween(1, Paging.MaxPage);
        validator.RuleFor(r => r.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
