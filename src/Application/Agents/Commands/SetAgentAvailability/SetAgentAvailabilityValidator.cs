using FluentValidation;

namespace SupportDesk.Application.Agents.Commands.SetAgentAvailability;

public sealed class SetAgentAvailabilityValidator : AbstractValidator<SetAgentAvailabilityCommand>
{
    public SetAgentAvailabilityValidator() => RuleFor(c => c.AgentId).NotEmpty();
}
