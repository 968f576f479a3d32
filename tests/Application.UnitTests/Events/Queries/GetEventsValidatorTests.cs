using SupportDesk.Application.Events.Queries.GetEvents;

namespace SupportDesk.Application.UnitTests.Events.Queries;

public class GetEventsValidatorTests
{
    private readonly GetEventsValidator _validator = new();

    [Test]
    public void The_start_of_the_feed_passes() => Assert.That(_validator.FailingFields(new GetEventsQuery()), Is.Empty);

    [Test]
    public void A_position_a_limit_of_500_and_known_types_pass() =>
        Assert.That(_validator.FailingFields(new GetEventsQuery(12_345, 500, ["ticket.resolved", "agent.removed"])), Is.Empty);

    [TestCase(0)]
    [TestCase(501)]
    public void A_limit_out_of_1_to_500_fails_on_limit(int limit) =>
        Assert.That(_validator.FailingFields(new GetEventsQuery(0, limit)), Is.EqualTo(new[] { "Limit" }));

    [Test]
    public void A_negative_position_fails_on_after() =>
        Assert.That(_validator.FailingFields(new GetEventsQuery(-1)), Is.EqualTo(new[] { "After" }));

    [Test]
    public void An_unknown_type_or_a_ping_fails_on_types() =>
        Assert.That(_validator.FailingFields(new GetEventsQuery(0, 10, ["ticket.exploded", "ping"])), Has.All.StartWith("Types"));
}
