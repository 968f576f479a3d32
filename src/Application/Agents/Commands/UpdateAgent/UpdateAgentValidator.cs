using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Agents.Commands.UpdateAgent;

public sealed class UpdateAgentValidator : AbstractValidator<UpdateAgentCommand>
{
    public UpdateAgentValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(Limits.NameLength);
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidPassword().When(c => !string.IsNullOrEmpty(c.Password));
    }
}
