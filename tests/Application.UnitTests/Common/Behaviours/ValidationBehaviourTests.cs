using FluentValidation;
using MediatR;
using SupportDesk.Application.Common.Behaviours;
using ValidationException = SupportDesk.Application.Common.Exceptions.ValidationException;

namespace SupportDesk.Application.UnitTests.Common.Behaviours;

public class ValidationBehaviourTests
{
    public sealed record Rename(string Name, string Email) : IRequest<string>;

    private sealed class NameRules : AbstractValidator<Rename>
    {
        public NameRules()
        {
            RuleFor(r => r.Name).NotEmpty().WithMessage("Name is required.");
            RuleFor(r => r.Name).MaximumLength(3).WithMessage("Name is too long.");
        }
    }

    private sealed class EmailRules : AbstractValidator<Rename>
    {
        public EmailRules() => RuleFor(r => r.Email).EmailAddress().WithMessage("Email is not an address.");
    }

    private int _calls;

    private Task<string> Next()
    {
        _calls++;
        return Task.FromResult("handled");
    }

    [SetUp]
    public void Reset() => _calls = 0;

    [Test]
    public async Task A_valid_request_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<Rename, string>([new NameRules(), new EmailRules()]);

        var result = await behaviour.Handle(new Rename("Ada", "ada@example.com"), CancellationToken.None, Next);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo("handled"));
            Assert.That(_calls, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_request_without_validators_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<Rename, string>([]);

        var result = await behaviour.Handle(new Rename("", "nonsense"), CancellationToken.None, Next);

        Assert.That(result, Is.EqualTo("handled"));
    }

    [Test]
    public void An_invalid_request_is_refused_with_every_field_and_message_and_never_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<Rename, string>([new NameRules(), new EmailRules()]);

        var ex = Assert.ThrowsAsync<ValidationException>(() =>
            behaviour.Handle(new Rename("Adelaide", "nonsense"), CancellationToken.None, Next));

        Assert.Multiple(() =>
        {
            Assert.That(ex.Errors.Keys, Is.EquivalentTo(new[] { "Name", "Email" }));
            Assert.That(ex.Errors["Name"], Is.EqualTo(new[] { "Name is too long." }));
            Assert.That(ex.Errors["Email"], Is.EqualTo(new[] { "Email is not an address." }));
            Assert.That(_calls, Is.Zero);
        });
    }

    [Test]
    public void Messages_of_one_field_from_several_rules_are_gathered_under_that_field()
    {
        var behaviour = new ValidationBehaviour<Rename, string>([new NameRules(), new NameRules()]);

        var ex = Assert.ThrowsAsync<ValidationException>(() =>
            behaviour.Handle(new Rename("", "ada@example.com"), CancellationToken.None, Next));

        Assert.That(ex.Errors["Name"], Is.EqualTo(new[] { "Name is required." }), "the same message only once");
    }
}
