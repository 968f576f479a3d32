using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Agents.Commands.UpdateAgent;

public sealed class UpdateAgentValidator : AbstractValidator<UpdateAgentCommand>
{
    public UpdateAgentValidator()
    {
        RuleFor(c => c.Id).NotEmpty();
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(Limits.NameLength).OneLine();
        RuleFor(c => c.Email).ValidEmail();
        // Left out (null), the password stays as it is; an empty one is refused rather than read as "unchanged".
        RuleFor(c => c.Password).ValidPassword().When(c => c.Password is not null);
    }
}
