using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Tickets.Queries.GetTickets;

public sealed class GetTicketsValidator : AbstractValidator<GetTicketsQuery>
{
    public GetTicketsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
        RuleForEach(q => q.Status).IsInEnum();
        RuleFor(q => q.CreatedTo).GreaterThan(q => q.CreatedFrom)
            .When(q => q.CreatedFrom is not null && q.CreatedTo is not null)
            .WithMessage("The end of the date range must be after its start.");
    }
}
