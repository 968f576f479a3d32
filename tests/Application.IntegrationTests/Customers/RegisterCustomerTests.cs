using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;

namespace SupportDesk.Application.IntegrationTests.Customers;

/// <summary>Registering a customer: linking the shop's customer, and the refusals. End to end on MariaDB: real handlers, real constraints, real Identity.</summary>
public sealed class RegisterCustomerTests : DatabaseTest
{
    [Test]
    public async Task Registering_with_an_email_the_shop_already_used_links_that_customer()
    {
        var order = await Desk.ImportOrderAsync("SO-1", "early@it.local");

        var customer = await Desk.SendAsync(new RegisterCustomerCommand("Early@IT.local", "Customer-Pass1", "Early Bird"));

        Assert.Multiple(async () =>
        {
            Assert.That(customer.Id, Is.EqualTo(order.CustomerId));
            Assert.That(customer.HasAccount, Is.True);
            Assert.That(await Desk.QueryAsync(db => db.Customers.CountAsync()), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Registering_twice_is_a_conflict_and_a_weak_password_is_invalid()
    {
        await Desk.RegisterCustomerAsync("dup@it.local");

        Assert.That(() => Desk.SendAsync(new RegisterCustomerCommand("dup@it.local", "Customer-Pass1", "Again")),
            Throws.InstanceOf<ConflictException>());
        Assert.That(() => Desk.SendAsync(new RegisterCustomerCommand("weak@it.local", "alllowercase1", "Weak")),
            Throws.InstanceOf<ValidationException>());
        Assert.That(await Desk.QueryAsync(db => db.Users.CountAsync()), Is.EqualTo(1), "a refused registration leaves no account");
    }
}
