using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Customers.Commands.ConfirmEmail;

public sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmailCommand>
{
    public ConfirmEmailValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Code).NotEmpty().MaximumLength(EmailConfirmation.CodeLength * 2);
    }
}
