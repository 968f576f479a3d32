using FluentValidation;

namespace SupportDesk.Application.Dashboard.Queries.GetDashboard;

public sealed class GetDashboardValidator : AbstractValidator<GetDashboardQuery>
{
    public GetDashboardValidator() => RuleFor(q => q.Days).InclusiveBetween(1, GetDashboardQuery.MaxDays);
}
