using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Agents.Queries.GetAgents;

public sealed class GetAgentsValidator : AbstractValidator<GetAgentsQuery>
{
    public GetAgentsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}
