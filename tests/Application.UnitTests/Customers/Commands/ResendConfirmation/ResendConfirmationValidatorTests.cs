using SupportDesk.Application.Customers.Commands.ResendConfirmation;

namespace SupportDesk.Application.UnitTests.Customers.Commands.ResendConfirmation;

public class ResendConfirmationValidatorTests
{
    private readonly ResendConfirmationValidator _validator = new();

    [Test]
    public void An_email_passes() =>
        Assert.That(_validator.FailingFields(new ResendConfirmationCommand("ada@example.com")), Is.Empty);

    [TestCase("")]
    [TestCase("ada.example.com")]
    [TestCase("ada@example.com\nBcc: eve@example.com")]
    public void A_bad_email_fails_on_email(string email) =>
        Assert.That(_validator.FailingFields(new ResendConfirmationCommand(email)), Is.EqualTo(new[] { "Email" }));
}
