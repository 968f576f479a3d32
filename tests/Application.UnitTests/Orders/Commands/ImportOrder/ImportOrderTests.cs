using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Orders.Commands.ImportOrder;

/// <summary>ImportOrder: the customer is found or made by email; a lost race on a unique index is retried once.</summary>
public class ImportOrderTests
{
    private MockDatabase _db = null!;

    [SetUp]
    public void Create() => _db = new MockDatabase();

    private Task<OrderDto> Import(string number = " SO-7 ", string? customerName = "Ada Lovelace") =>
        new ImportOrderHandler(_db.Object, new FixedClock(), Mapper.Application, ReturnPolicy.Default).Handle(
            new ImportOrderCommand(number, " ADA@example.com ", Build.Now.AddDays(-1),
                [new ImportOrderLine("KETTLE-1", "Kettle", 2, 49.90m)], customerName),
            CancellationToken.None);

    [Test]
    public async Task An_order_for_an_unknown_email_makes_the_customer_without_an_account()
    {
        var dto = await Import();

        var customer = _db.Customers.Single();
        Assert.Multiple(() =>
        {
            Assert.That(customer.Email, Is.EqualTo("ada@example.com"));
            Assert.That(customer.FullName, Is.EqualTo("Ada Lovelace"));
            Assert.That(customer.HasAccount, Is.False);
            Assert.That(dto.Number, Is.EqualTo("SO-7"));
            Assert.That(dto.CustomerId, Is.EqualTo(customer.Id));
            Assert.That(dto.Lines.Single().ReturnableQuantity, Is.EqualTo(2));
            Assert.That(_db.Saves, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_customer_without_a_given_name_is_named_after_the_email()
    {
        await Import(customerName: null);

        Assert.That(_db.Customers.Single().FullName, Is.EqualTo("ada@example.com"));
    }

    [Test]
    public async Task An_order_for_a_known_email_goes_to_that_customer()
    {
        var known = Build.Customer("customer-1", "ada@example.com");
        _db.Customers.Add(known);

        var dto = await Import();

        Assert.Multiple(() =>
        {
            Assert.That(dto.CustomerId, Is.EqualTo(known.Id));
            Assert.That(_db.Customers, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void A_number_already_imported_is_a_conflict_and_nothing_is_saved()
    {
        _db.Orders.Add(Build.Order(Build.Customer(), number: "SO-7"));

        Assert.That(() => Import(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("order.duplicate_number"));
        Assert.That(_db.Saves, Is.Zero);
    }

    [Test]
    public void The_same_order_pushed_twice_at_once_answers_the_loser_with_a_duplicate()
    {
        _db.FailSaves(new DbUpdateException("unique index on order number"));
        _db.OnDiscard = () =>
        {
            // The reload sees what the winner committed: the same order number.
            _db.Customers.Clear();
            _db.Orders.Clear();
            _db.Orders.Add(Build.Order(Build.Customer(), number: "SO-7"));
        };

        Assert.That(() => Import(), Throws.TypeOf<ConflictException>()
            .With.Property(nameof(ConflictException.Code)).EqualTo("order.duplicate_number"));
        Assert.That(_db.Saves, Is.EqualTo(1));
    }

    [Test]
    public async Task A_new_customer_made_at_once_by_another_order_is_reused_on_the_retry()
    {
        var winner = new Customer("Ada Lovelace", "ada@example.com", null, Build.Now);
        _db.FailSaves(new DbUpdateException("unique index on customer email"));
        _db.OnDiscard = () =>
        {
            _db.Customers.Clear();
            _db.Orders.Clear();
            _db.Customers.Add(winner);
        };

        var dto = await Import();

        Assert.Multiple(() =>
        {
            Assert.That(dto.CustomerId, Is.EqualTo(winner.Id));
            Assert.That(_db.Customers, Is.EqualTo(new[] { winner }));
            Assert.That(_db.Saves, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_second_failed_save_is_not_retried()
    {
        _db.FailSaves(new DbUpdateException("first"), new DbUpdateException("second"));
        _db.OnDiscard = () =>
        {
            _db.Customers.Clear();
            _db.Orders.Clear();
        };

        Assert.ThrowsAsync<DbUpdateException>(() => Import());
        Assert.That(_db.Saves, Is.EqualTo(2));
    }
}
