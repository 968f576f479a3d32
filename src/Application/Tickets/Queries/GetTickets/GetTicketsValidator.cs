using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries.GetTickets;

public sealed class GetTicketsValidator : AbstractValidator<GetTicketsQuery>
{
    public GetTicketsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Status).MaxItems(Enum.GetValues<TicketStatus>().Length);
        RuleForEach(q => q.Status).IsInEnum();
        RuleFor(q => q.Priority).MaxItems(Enum.GetValues<TicketPriority>().Length);
        RuleForEach(q => q.Priority).IsInEnum();
        RuleFor(q => q.CreatedTo).GreaterThan(q => q.CreatedFrom)
            .When(q => q.CreatedFrom is not null && q.CreatedTo is not null)
            .WithMessage("The end of the date range must be after its start.");
    }
}
