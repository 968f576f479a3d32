using SupportDesk.Application.Dashboard.Queries.GetDashboard;

namespace SupportDesk.Application.UnitTests.Dashboard.Queries.GetDashboard;

public class GetDashboardValidatorTests
{
    private readonly GetDashboardValidator _validator = new();

    [Test]
    public void The_default_period_passes() => Assert.That(_validator.FailingFields(new GetDashboardQuery()), Is.Empty);

    [TestCase(1)]
    [TestCase(GetDashboardQuery.MaxDays)]
    public void A_period_of_one_day_up_to_the_maximum_passes(int days) =>
        Assert.That(_validator.FailingFields(new GetDashboardQuery(days)), Is.Empty);

    [TestCase(0)]
    [TestCase(-7)]
    [TestCase(GetDashboardQuery.MaxDays + 1)]
    public void A_period_outside_one_day_to_the_maximum_fails_on_days(int days) =>
        Assert.That(_validator.FailingFields(new GetDashboardQuery(days)), Is.EqualTo(new[] { "Days" }));
}
