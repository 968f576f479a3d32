using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Events;

namespace SupportDesk.Application.Events.Queries.GetEvents;

public sealed class GetEventsValidator : AbstractValidator<GetEventsQuery>
{
    public GetEventsValidator()
    {
        RuleFor(q => q.After).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Limit).InclusiveBetween(1, GetEventsQuery.MaxLimit);
        RuleFor(q => q.Types).MaxItems(EventTypes.All.Count);
        RuleForEach(q => q.Types).Must(EventTypes.IsKnown)
            .WithMessage($"'{{PropertyValue}}' is not an event type of the feed: one of {string.Join(", ", EventTypes.All)}.");
    }
}
