using SupportDesk.Application.ServiceLevels.Commands.RecordSlaBreaches;

namespace SupportDesk.Application.UnitTests.ServiceLevels.Commands.RecordSlaBreaches;

public class RecordSlaBreachesValidatorTests
{
    private readonly RecordSlaBreachesValidator _validator = new();

    [Test]
    public void The_default_batch_passes() => Assert.That(_validator.FailingFields(new RecordSlaBreachesCommand()), Is.Empty);

    [TestCase(1)]
    [TestCase(RecordSlaBreachesCommand.MaxBatchSize)]
    public void A_batch_of_one_up_to_the_maximum_passes(int size) =>
        Assert.That(_validator.FailingFields(new RecordSlaBreachesCommand(size)), Is.Empty);

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(RecordSlaBreachesCommand.MaxBatchSize + 1)]
    public void A_batch_outside_the_bounds_fails_on_batch_size(int size) =>
        Assert.That(_validator.FailingFields(new RecordSlaBreachesCommand(size)), Is.EqualTo(new[] { "BatchSize" }));
}
