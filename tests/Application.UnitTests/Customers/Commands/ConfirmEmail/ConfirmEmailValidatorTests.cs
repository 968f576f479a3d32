using SupportDesk.Application.Customers.Commands.ConfirmEmail;

namespace SupportDesk.Application.UnitTests.Customers.Commands.ConfirmEmail;

public class ConfirmEmailValidatorTests
{
    private static readonly ConfirmEmailCommand Valid = new("ada@example.com", "12345678");
    private readonly ConfirmEmailValidator _validator = new();

    [Test]
    public void An_email_and_a_code_pass() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [TestCase("")]
    [TestCase("ada.example.com")]
    public void A_bad_email_fails_on_email(string email) =>
        Assert.That(_validator.FailingFields(Valid with { Email = email }), Is.EqualTo(new[] { "Email" }));

    [Test]
    public void A_missing_code_fails_on_code() =>
        Assert.That(_validator.FailingFields(Valid with { Code = "" }), Is.EqualTo(new[] { "Code" }));

    [Test]
    public void A_code_far_longer_than_any_code_fails_on_code() =>
        Assert.That(_validator.FailingFields(Valid with { Code = new string('1', 17) }), Is.EqualTo(new[] { "Code" }));

    [Test]
    public void A_wrong_code_of_the_right_shape_passes_the_validator_and_is_refused_by_the_handler() =>
        Assert.That(_validator.FailingFields(Valid with { Code = "00000000" }), Is.Empty);
}
