using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Demo.Commands.SeedDemoData;

namespace SupportDesk.Application.UnitTests.Demo.Commands.SeedDemoData;

public class SeedDemoDataValidatorTests
{
    private readonly SeedDemoDataValidator _validator = new();

    [Test]
    public void A_usable_password_passes() =>
        Assert.That(_validator.FailingFields(new SeedDemoDataCommand("Demo-passw0rd")), Is.Empty);

    [TestCase("")]
    [TestCase("demo")]
    public void A_missing_or_short_password_fails_on_password(string password) =>
        Assert.That(_validator.FailingFields(new SeedDemoDataCommand(password)), Is.EqualTo(new[] { "Password" }));
}
