using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Customers;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Emails;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Emails;

namespace SupportDesk.Application.UnitTests.Customers.Commands.RegisterCustomer;

/// <summary>RegisterCustomer: an unconfirmed account and a code, or "you already have an account"; never a customer
/// (nor imported orders) before the email is confirmed.</summary>
public class RegisterCustomerTests
{
    private MockDatabase _db = null!;
    private Mock<IIdentityService> _identity = null!;
    private Mock<IEmailSending> _sending = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.CreateUnconfirmedCustomerAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<CancellationToken>()))
            .Callback(() => _db.Steps.Add("account"))
            .ReturnsAsync("customer-account-1");
        _sending = new Mock<IEmailSending>();
        _sending.Setup(s => s.IsConfigured).Returns(true);
    }

    private Task Register(string email = " Ada@Example.com ") =>
        new RegisterCustomerHandler(_db.Object, _identity.Object,
                new SignUpEmails(new CustomerEmails(_sending.Object), SignUpPolicy.Default), new FixedClock())
            .Handle(new RegisterCustomerCommand(email, "Passw0rd!-Long", " Ada Lovelace "), CancellationToken.None);

    [Test]
    public async Task A_new_email_makes_an_unconfirmed_account_and_emails_a_code_but_no_customer()
    {
        await Register();

        Assert.Multiple(() =>
        {
            Assert.That(_db.Customers, Is.Empty, "no customer, so no imported order, before confirmation");
            Assert.That(_db.Confirmations.Single().UserId, Is.EqualTo("customer-account-1"));
            Assert.That(_db.Emails.Single().Kind, Is.EqualTo(EmailKinds.SignUpCode));
            Assert.That(_db.Emails.Single().ToAddress, Is.EqualTo("ada@example.com"));
            Assert.That(_db.Emails.Single().ToName, Is.EqualTo("Ada Lovelace"));
            Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "account", "save", "commit" }));
        });
        _identity.Verify(i => i.CreateUnconfirmedCustomerAsync("ada@example.com", "Passw0rd!-Long", "Ada Lovelace", It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task A_confirmed_email_gets_an_already_registered_email_and_no_second_account()
    {
        _identity.Setup(i => i.FindAccountAsync("ada@example.com", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccountSummary("existing", "Ada L.", EmailConfirmed: true));

        await Register();

        Assert.Multiple(() =>
        {
            Assert.That(_db.Emails.Single().Kind, Is.EqualTo(EmailKinds.AlreadyRegistered));
            Assert.That(_db.Emails.Single().ToName, Is.EqualTo("Ada L."));
            Assert.That(_db.Confirmations, Is.Empty);
        });
        _identity.Verify(i => i.CreateUnconfirmedCustomerAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
            It.IsAny<CancellationToken>()), Times.Never);
        _identity.Verify(i => i.SpendPasswordHash("Passw0rd!-Long"));
    }

    [Test]
    public async Task An_unconfirmed_email_takes_the_new_password_and_a_new_code_superseding_the_old()
    {
        _identity.Setup(i => i.FindAccountAsync("ada@example.com", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccountSummary("pending", "Ada", EmailConfirmed: false));
        var old = new EmailConfirmation("pending", EmailConfirmation.Hash("12345678"), Build.Now, TimeSpan.FromMinutes(30));
        _db.Confirmations.Add(old);

        await Register();

        Assert.Multiple(() =>
        {
            Assert.That(old.ClosedAt, Is.Not.Null);
            Assert.That(_db.Confirmations, Has.Count.EqualTo(2));
            Assert.That(_db.Emails.Single().Kind, Is.EqualTo(EmailKinds.SignUpCode));
        });
        _identity.Verify(i => i.ReplaceUnconfirmedAsync("pending", "Passw0rd!-Long", "Ada Lovelace", It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task Past_the_hourly_limit_of_sign_up_emails_nothing_is_done()
    {
        for (var i = 0; i < SignUpPolicy.Default.MaxEmailsPerHour; i++)
        {
            _db.Emails.Add(CustomerEmails.Create($"k{i}", EmailKinds.SignUpCode, "ada@example.com", "Ada",
                new Dictionary<string, string> { ["customerName"] = "Ada", ["code"] = "1", ["minutes"] = "30" },
                FixedClock.Default.UtcDateTime.AddMinutes(-10)));
        }

        await Register();

        Assert.Multiple(() =>
        {
            Assert.That(_db.Emails, Has.Count.EqualTo(SignUpPolicy.Default.MaxEmailsPerHour));
            Assert.That(_db.Steps, Is.Empty);
        });
    }

    [Test]
    public async Task Without_email_configured_the_account_is_not_made()
    {
        _sending.Setup(s => s.IsConfigured).Returns(false);

        await Register();

        Assert.That(_db.Steps, Is.Empty);
    }

    [Test]
    public void A_password_the_policy_refuses_is_refused_before_anything_is_looked_up()
    {
        _identity.Setup(i => i.CheckPasswordPolicyAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ValidationException("Password", "Too common."));

        Assert.That(() => Register(), Throws.TypeOf<ValidationException>());
        _identity.Verify(i => i.FindAccountAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
