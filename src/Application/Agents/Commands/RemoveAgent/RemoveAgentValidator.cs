using FluentValidation;

namespace SupportDesk.Application.Agents.Commands.RemoveAgent;

public sealed class RemoveAgentValidator : AbstractValidator<RemoveAgentCommand>
{
    public RemoveAgentValidator() => RuleFor(c => c.Id).NotEmpty();
}
