using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Customers.Commands.ConfirmEmail;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Domain.Emails;

namespace SupportDesk.Application.IntegrationTests.Customers;

/// <summary>Signing up and confirming: the shop's customer is linked only at confirmation; the refusals. End to end on
/// MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class RegisterCustomerTests : DatabaseTest
{
    [Test]
    public async Task Signing_up_with_an_email_the_shop_already_used_links_that_customer_only_once_confirmed()
    {
        var order = await Desk.ImportOrderAsync("SO-1", "early@it.local");

        await Desk.SendAsync(new RegisterCustomerCommand("Early@IT.local", "Customer-Pass1", "Early Bird"));

        Assert.That(await Desk.QueryAsync(db => db.Customers.SingleAsync()), Has.Property("UserId").Null,
            "an unconfirmed sign-up owns no order");
        await Desk.SendAsync(new ConfirmEmailCommand("early@it.local", await Desk.ConfirmationCodeAsync("early@it.local")));
        var customer = await Desk.QueryAsync(db => db.Customers.SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(customer.Id, Is.EqualTo(order.CustomerId));
            Assert.That(customer.HasAccount, Is.True);
            Assert.That(customer.FullName, Is.EqualTo("Early Bird"));
        });
    }

    [Test]
    public async Task Signing_up_twice_makes_one_account_and_a_weak_password_is_invalid()
    {
        await Desk.RegisterCustomerAsync("dup@it.local");

        await Desk.SendAsync(new RegisterCustomerCommand("dup@it.local", "Customer-Pass1", "Again"));
        Assert.That(() => Desk.SendAsync(new RegisterCustomerCommand("weak@it.local", "alllowercase1", "Weak")),
            Throws.InstanceOf<ValidationException>());
        Assert.Multiple(async () =>
        {
            Assert.That(await Desk.QueryAsync(db => db.Users.CountAsync()), Is.EqualTo(1), "one account, none for a refusal");
            Assert.That(await Desk.QueryAsync(db => db.OutboundEmails.Where(e => e.ToAddress == "dup@it.local")
                .Select(e => e.Kind).ToListAsync()), Is.EqualTo(new[] { EmailKinds.SignUpCode, EmailKinds.AlreadyRegistered }));
        });
    }

    [Test]
    public async Task A_code_confirms_once_and_a_wrong_one_counts_as_a_guess()
    {
        await Desk.SendAsync(new RegisterCustomerCommand("once@it.local", "Customer-Pass1", "Once"));
        var code = await Desk.ConfirmationCodeAsync("once@it.local");
        var wrong = code == "00000000" ? "00000001" : "00000000";

        Assert.That(() => Desk.SendAsync(new ConfirmEmailCommand("once@it.local", wrong)),
            Throws.InstanceOf<BadRequestException>().With.Property("Code").EqualTo("account.confirmation_invalid"));
        await Desk.SendAsync(new ConfirmEmailCommand("once@it.local", code));
        Assert.That(() => Desk.SendAsync(new ConfirmEmailCommand("once@it.local", code)), Throws.InstanceOf<BadRequestException>());
        Assert.That(await Desk.QueryAsync(db => db.EmailConfirmations.Select(c => c.Attempts).SingleAsync()), Is.EqualTo(2));
    }
}
