using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Customers.Commands.ResendConfirmation;

public sealed class ResendConfirmationValidator : AbstractValidator<ResendConfirmationCommand>
{
    public ResendConfirmationValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
    }
}
