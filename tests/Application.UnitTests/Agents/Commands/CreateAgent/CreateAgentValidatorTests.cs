using SupportDesk.Application.Agents.Commands.CreateAgent;

namespace SupportDesk.Application.UnitTests.Agents.Commands.CreateAgent;

public class CreateAgentValidatorTests
{
    private static readonly CreateAgentCommand Valid = new("Grace Hopper", "grace@support.example", "Passw0rd!-Long");
    private readonly CreateAgentValidator _validator = new();

    [Test]
    public void A_complete_agent_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [TestCase("")]
    [TestCase(null)]
    public void A_missing_name_fails_on_full_name(string? name) =>
        Assert.That(_validator.FailingFields(Valid with { FullName = name! }), Is.EqualTo(new[] { "FullName" }));

    [Test]
    public void A_name_over_200_characters_fails_on_full_name() =>
        Assert.That(_validator.FailingFields(Valid with { FullName = new string('g', 201) }),
            Is.EqualTo(new[] { "FullName" }));

    [TestCase("")]
    [TestCase("grace")]
    [TestCase("grace@")]
    public void A_bad_email_fails_on_email(string email) =>
        Assert.That(_validator.FailingFields(Valid with { Email = email }), Is.EqualTo(new[] { "Email" }));

    [Test]
    public void An_email_over_254_characters_fails_on_email() =>
        Assert.That(_validator.FailingFields(Valid with { Email = new string('g', 250) + "@x.io" }),
            Is.EqualTo(new[] { "Email" }));

    [TestCase("")]
    [TestCase("Short1!")]
    public void A_missing_or_short_password_fails_on_password(string password) =>
        Assert.That(_validator.FailingFields(Valid with { Password = password }), Is.EqualTo(new[] { "Password" }));

    [Test]
    public void A_password_over_128_characters_fails_on_password() =>
        Assert.That(_validator.FailingFields(Valid with { Password = new string('p', 129) }),
            Is.EqualTo(new[] { "Password" }));
}
