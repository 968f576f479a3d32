using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Customers.Commands.RegisterCustomer;

public sealed class RegisterCustomerValidator : AbstractValidator<RegisterCustomerCommand>
{
    public RegisterCustomerValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(Limits.NameLength).OneLine();
    }
}
