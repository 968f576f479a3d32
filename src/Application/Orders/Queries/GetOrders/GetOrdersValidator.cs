using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Orders.Queries.GetOrders;

public sealed class GetOrdersValidator : AbstractValidator<GetOrdersQuery>
{
    public GetOrdersValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(100);
    }
}
