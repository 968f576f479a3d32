using FluentValidation.Results;

namespace SupportDesk.Application.UnitTests.Common;

public class ExceptionsTests
{
    [Test]
    public void Validation_failures_are_grouped_by_field_with_each_message_once()
    {
        var ex = new ValidationException(
        [
            new ValidationFailure("Email", "Required."),
            new ValidationFailure("Email", "Required."),
            new ValidationFailure("Email", "Not an address."),
            new ValidationFailure("Lines[0].Sku", "Required."),
        ]);

        Assert.That(ex.Errors, Is.EquivalentTo(new Dictionary<string, string[]>
        {
            ["Email"] = ["Required.", "Not an address."],
            ["Lines[0].Sku"] = ["Required."],
        }));
    }

    [Test]
    public void A_single_field_failure_carries_that_field()
    {
        Assert.That(new ValidationException("Password", "Needs a digit.").Errors["Password"],
            Is.EqualTo(new[] { "Needs a digit." }));
    }

    [Test]
    public void Not_found_has_a_code_per_resource_and_names_the_key()
    {
        var ex = new NotFoundException("Ticket", "T-7KQ2-M9XD");

        Assert.Multiple(() =>
        {
            Assert.That(ex.Code, Is.EqualTo("ticket.not_found"));
            Assert.That(ex.Message, Is.EqualTo("Ticket 'T-7KQ2-M9XD' was not found."));
        });
    }
}
