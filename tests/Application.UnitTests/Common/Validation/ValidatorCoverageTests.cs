using FluentValidation;

namespace SupportDesk.Application.UnitTests.Common.Validation;

public class ValidatorCoverageTests
{
    [Test]
    public void Every_validator_of_the_application_has_its_own_tests()
    {
        var validators = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IValidator).IsAssignableFrom(t))
            .Select(t => t.Name + "Tests");
        var testClasses = typeof(ValidatorCoverageTests).Assembly.GetTypes().Select(t => t.Name);

        Assert.That(validators, Is.SubsetOf(testClasses), "a new validator needs a <Validator>Tests class");
    }
}
