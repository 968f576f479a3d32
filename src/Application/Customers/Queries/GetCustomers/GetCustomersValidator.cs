using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Customers.Queries.GetCustomers;

public sealed class GetCustomersValidator : AbstractValidator<GetCustomersQuery>
{
    public GetCustomersValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}
