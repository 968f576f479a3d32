using SupportDesk.Application.Agents.Commands.CreateAgent;
using SupportDesk.Application.Agents.Commands.RemoveAgent;
using SupportDesk.Application.Agents.Commands.SetAgentAvailability;
using SupportDesk.Application.Agents.Commands.UpdateAgent;

namespace SupportDesk.Application.UnitTests.Agents.Commands.UpdateAgent;

public class UpdateAgentValidatorTests
{
    private static readonly UpdateAgentCommand Valid = new(Guid.NewGuid(), "Grace Hopper", "grace@support.example");
    private readonly UpdateAgentValidator _validator = new();

    [Test]
    public void Details_without_a_new_password_pass() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void No_new_password_is_not_checked() =>
        Assert.That(_validator.FailingFields(Valid with { Password = null }), Is.Empty);

    [Test]
    public void An_empty_new_password_is_refused_not_read_as_unchanged() =>
        Assert.That(_validator.FailingFields(Valid with { Password = "" }), Is.EqualTo(new[] { "Password" }));

    [TestCase("Agent\\u0000Smith")]
    [TestCase("Agent\\u202eSmith")]
    [TestCase("Agent\\nSmith")]
    public void A_name_with_control_or_bidi_characters_is_refused(string escaped) =>
        Assert.That(_validator.FailingFields(Valid with { FullName = System.Text.RegularExpressions.Regex.Unescape(escaped) }),
            Is.EqualTo(new[] { "FullName" }));

    [Test]
    public void A_valid_new_password_passes() =>
        Assert.That(_validator.FailingFields(Valid with { Password = "N3w-passw0rd" }), Is.Empty);

    [Test]
    public void A_short_new_password_fails_on_password() =>
        Assert.That(_validator.FailingFields(Valid with { Password = "short" }), Is.EqualTo(new[] { "Password" }));

    [Test]
    public void An_empty_id_fails_on_id() =>
        Assert.That(_validator.FailingFields(Valid with { Id = Guid.Empty }), Is.EqualTo(new[] { "Id" }));

    [Test]
    public void A_blank_name_fails_on_full_name() =>
        Assert.That(_validator.FailingFields(Valid with { FullName = "" }), Is.EqualTo(new[] { "FullName" }));

    [Test]
    public void A_name_over_200_characters_fails_on_full_name() =>
        Assert.That(_validator.FailingFields(Valid with { FullName = new string('g', 201) }),
            Is.EqualTo(new[] { "FullName" }));

    [TestCase("")]
    [TestCase("not-an-email")]
    public void A_bad_email_fails_on_email(string email) =>
        Assert.That(_validator.FailingFields(Valid with { Email = email }), Is.EqualTo(new[] { "Email" }));
}
