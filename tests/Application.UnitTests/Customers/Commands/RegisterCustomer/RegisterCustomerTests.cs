using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Customers.Commands.RegisterCustomer;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.UnitTests.Customers.Commands.RegisterCustomer;

/// <summary>RegisterCustomer: a new customer, or the account linked to a customer the shop already pushed.</summary>
public class RegisterCustomerTests
{
    private MockDatabase _db = null!;
    private Mock<IIdentityService> _identity = null!;

    [SetUp]
    public void Create()
    {
        _db = new MockDatabase();
        _identity = new Mock<IIdentityService>();
        _identity.Setup(i => i.CreateUserAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback(() => _db.Steps.Add("account"))
            .ReturnsAsync("customer-account-1");
    }

    private Task<CustomerDto> Register(string email = " Ada@Example.com ") =>
        new RegisterCustomerHandler(_db.Object, _identity.Object, new FixedClock(), Mapper.Application)
            .Handle(new RegisterCustomerCommand(email, "Passw0rd!-Long", " Ada Lovelace "), CancellationToken.None);

    [Test]
    public async Task A_new_email_makes_a_customer_with_a_customer_account()
    {
        var dto = await Register();

        Assert.Multiple(() =>
        {
            Assert.That(dto.Email, Is.EqualTo("ada@example.com"));
            Assert.That(dto.FullName, Is.EqualTo("Ada Lovelace"));
            Assert.That(dto.HasAccount, Is.True);
            Assert.That(_db.Customers.Single().UserId, Is.EqualTo("customer-account-1"));
            Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "account", "save", "commit" }));
        });
        _identity.Verify(i => i.CreateUserAsync("ada@example.com", "Passw0rd!-Long", "Ada Lovelace", Roles.Customer,
            It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task An_email_the_shop_pushed_orders_for_is_linked_not_duplicated()
    {
        var pushed = new Customer("ada@example.com", "ada@example.com", null, Build.Now.AddDays(-3));
        _db.Customers.Add(pushed);

        var dto = await Register();

        Assert.Multiple(() =>
        {
            Assert.That(_db.Customers, Is.EqualTo(new[] { pushed }));
            Assert.That(dto.Id, Is.EqualTo(pushed.Id));
            Assert.That(pushed.UserId, Is.EqualTo("customer-account-1"));
            Assert.That(pushed.FullName, Is.EqualTo("Ada Lovelace"));
        });
    }

    [Test]
    public void A_registered_email_is_a_conflict_before_any_account_is_made()
    {
        _db.Customers.Add(Build.Customer("someone", "ada@example.com"));

        Assert.That(() => Register(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("auth.email_taken"));
        Assert.That(_db.Steps, Is.Empty);
    }

    [Test]
    public void Losing_the_email_to_a_concurrent_registration_is_a_conflict_without_commit()
    {
        _db.FailSaves(new DbUpdateException("unique index on customer email"));

        Assert.That(() => Register(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("auth.email_taken"));
        Assert.That(_db.Steps, Is.EqualTo(new[] { "begin", "account", "failed save" }));
    }
}
