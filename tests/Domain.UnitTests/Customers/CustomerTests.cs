using SupportDesk.Domain.Customers;

namespace SupportDesk.Domain.UnitTests.Customers;

public class CustomerTests
{
    [Test]
    public void A_customer_pushed_by_the_shop_has_a_normalised_email_and_no_account()
    {
        var customer = new Customer(" Ada Lovelace ", "  Ada.Lovelace@Example.COM ", null, Times.OrderPlaced);

        Assert.Multiple(() =>
        {
            Assert.That(customer.FullName, Is.EqualTo("Ada Lovelace"));
            Assert.That(customer.Email, Is.EqualTo("ada.lovelace@example.com"));
            Assert.That(customer.HasAccount, Is.False);
            Assert.That(customer.UserId, Is.Null);
            Assert.That(customer.CreatedAt, Is.EqualTo(Times.OrderPlaced));
        });
    }

    [Test]
    public void A_customer_who_registers_has_an_account()
    {
        var customer = new Customer("Ada Lovelace", "ada@example.com", "user-1", Times.OrderPlaced);

        Assert.That(customer.HasAccount, Is.True);
    }

    [TestCase("")]
    [TestCase("ada")]
    [TestCase("@example.com")]
    [TestCase("ada@")]
    [TestCase("ada@@example.com")]
    public void An_invalid_email_is_refused(string email)
    {
        Assert.That(() => new Customer("Ada Lovelace", email, null, Times.OrderPlaced),
            Refused.With(CustomerErrorCodes.Invalid));
    }

    [Test]
    public void An_email_longer_than_the_column_is_refused()
    {
        var email = new string('a', 250) + "@x.io";

        Assert.That(() => new Customer("Ada Lovelace", email, null, Times.OrderPlaced),
            Refused.With(CustomerErrorCodes.Invalid));
    }

    [Test]
    public void A_blank_name_is_refused()
    {
        Assert.That(() => new Customer("  ", "ada@example.com", null, Times.OrderPlaced),
            Refused.With(CustomerErrorCodes.Invalid));
    }

    [Test]
    public void A_non_utc_creation_time_is_refused()
    {
        Assert.That(() => new Customer("Ada", "ada@example.com", null,
            DateTime.SpecifyKind(Times.OrderPlaced, DateTimeKind.Unspecified)), Throws.ArgumentException);
    }

    [Test]
    public void Linking_an_account_sets_it_and_the_registered_name()
    {
        var customer = Build.Customer();

        customer.LinkAccount("user-1", " Augusta Ada King ");

        Assert.Multiple(() =>
        {
            Assert.That(customer.HasAccount, Is.True);
            Assert.That(customer.UserId, Is.EqualTo("user-1"));
            Assert.That(customer.FullName, Is.EqualTo("Augusta Ada King"));
        });
    }

    [Test]
    public void Linking_an_account_twice_is_refused()
    {
        var customer = Build.Customer();
        customer.LinkAccount("user-1", "Ada Lovelace");

        Assert.That(() => customer.LinkAccount("user-2", "Someone Else"),
            Refused.With(CustomerErrorCodes.AlreadyRegistered));
        Assert.Multiple(() =>
        {
            Assert.That(customer.UserId, Is.EqualTo("user-1"));
            Assert.That(customer.FullName, Is.EqualTo("Ada Lovelace"));
        });
    }
}
