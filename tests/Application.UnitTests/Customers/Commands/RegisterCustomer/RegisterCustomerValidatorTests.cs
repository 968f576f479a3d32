using SupportDesk.Application.Customers.Commands.RegisterCustomer;

namespace SupportDesk.Application.UnitTests.Customers.Commands.RegisterCustomer;

public class RegisterCustomerValidatorTests
{
    private static readonly RegisterCustomerCommand Valid = new("ada@example.com", "Passw0rd!-Long", "Ada Lovelace");
    private readonly RegisterCustomerValidator _validator = new();

    [Test]
    public void A_complete_registration_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [TestCase("")]
    [TestCase("ada.example.com")]
    public void A_bad_email_fails_on_email(string email) =>
        Assert.That(_validator.FailingFields(Valid with { Email = email }), Is.EqualTo(new[] { "Email" }));

    [Test]
    public void An_email_over_254_characters_fails_on_email() =>
        Assert.That(_validator.FailingFields(Valid with { Email = new string('a', 250) + "@x.io" }),
            Is.EqualTo(new[] { "Email" }));

    [TestCase("")]
    [TestCase("1234567")]
    [TestCase("12345678901")]
    public void A_missing_or_short_password_fails_on_password(string password) =>
        Assert.That(_validator.FailingFields(Valid with { Password = password }), Is.EqualTo(new[] { "Password" }));

    [Test]
    public void A_password_of_exactly_12_characters_passes() =>
        Assert.That(_validator.FailingFields(Valid with { Password = "123456789012" }), Is.Empty);

    [Test]
    public void A_password_over_128_characters_fails_on_password() =>
        Assert.That(_validator.FailingFields(Valid with { Password = new string('p', 129) }),
            Is.EqualTo(new[] { "Password" }));

    [Test]
    public void A_blank_name_fails_on_full_name() =>
        Assert.That(_validator.FailingFields(Valid with { FullName = "" }), Is.EqualTo(new[] { "FullName" }));

    [Test]
    public void A_name_over_200_characters_fails_on_full_name() =>
        Assert.That(_validator.FailingFields(Valid with { FullName = new string('a', 201) }),
            Is.EqualTo(new[] { "FullName" }));
}
