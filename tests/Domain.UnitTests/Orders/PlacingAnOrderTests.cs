using SupportDesk.Domain.Common;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Domain.UnitTests.Orders;

public class PlacingAnOrderTests
{
    private static readonly DateTime Now = Times.OrderPlaced.AddHours(1);

    [Test]
    public void An_order_is_placed_for_its_customer_with_its_lines()
    {
        var customer = Build.Customer();

        var order = Order.Place(" SO-1001 ", customer, Times.OrderPlaced,
            [new NewOrderLine(" KETTLE-1 ", " Kettle ", 2, 49.90m), new NewOrderLine("MUG-4", "Mug", 4, 0m)], Now);

        Assert.Multiple(() =>
        {
            Assert.That(order.Number, Is.EqualTo("SO-1001"));
            Assert.That(order.CustomerId, Is.EqualTo(customer.Id));
            Assert.That(order.BelongsTo(customer), Is.True);
            Assert.That(order.PlacedAt, Is.EqualTo(Times.OrderPlaced));
            Assert.That(order.ImportedAt, Is.EqualTo(Now));
            Assert.That(order.Lines.Select(l => (l.Sku, l.ProductName, l.Quantity, l.UnitPrice)), Is.EqualTo(new[]
            {
                ("KETTLE-1", "Kettle", 2, 49.90m),
                ("MUG-4", "Mug", 4, 0m),
            }));
            Assert.That(order.Lines.Select(l => l.OrderId), Is.All.EqualTo(order.Id));
            Assert.That(order.Lines.Select(l => l.ClaimedQuantity), Is.All.Zero);
        });
    }

    [Test]
    public void A_line_is_found_by_its_id()
    {
        var order = Build.Order(Build.Customer(), Build.Line("A"), Build.Line("B"));
        var second = order.Lines.Last();

        Assert.Multiple(() =>
        {
            Assert.That(order.FindLine(second.Id), Is.SameAs(second));
            Assert.That(order.FindLine(Guid.NewGuid()), Is.Null);
        });
    }

    [Test]
    public void An_order_belongs_to_no_other_customer()
    {
        var order = Build.Order(Build.Customer());

        Assert.That(order.BelongsTo(Build.Customer("Mallory Smith", "mallory@example.com")), Is.False);
    }

    [Test]
    public void An_order_without_lines_is_refused()
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Times.OrderPlaced, [], Now),
            Refused.With(OrderErrorCodes.Invalid));
    }

    [Test]
    public void An_order_with_more_lines_than_the_limit_is_refused()
    {
        var lines = Enumerable.Range(0, Limits.MaxOrderLines + 1).Select(i => Build.Line($"SKU-{i}"));

        Assert.That(() => Order.Place("SO-1", Build.Customer(), Times.OrderPlaced, lines, Now),
            Refused.With(OrderErrorCodes.Invalid));
    }

    [Test]
    public void The_same_sku_on_two_lines_is_refused_whatever_its_case()
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Times.OrderPlaced,
                [Build.Line("kettle-1"), Build.Line("KETTLE-1")], Now),
            Refused.With(OrderErrorCodes.Invalid));
    }

    [Test]
    public void A_negative_unit_price_is_refused()
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Times.OrderPlaced,
            [Build.Line(unitPrice: -0.01m)], Now), Refused.With(OrderErrorCodes.Invalid));
    }

    [TestCase(0)]
    [TestCase(-2)]
    [TestCase(Limits.MaxLineQuantity + 1)]
    public void A_line_quantity_out_of_range_is_refused(int quantity)
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Times.OrderPlaced,
            [Build.Line(quantity: quantity)], Now), Refused.With(OrderErrorCodes.Invalid));
    }

    [TestCase("", "Kettle")]
    [TestCase("KETTLE-1", " ")]
    public void A_line_without_sku_or_product_name_is_refused(string sku, string productName)
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Times.OrderPlaced,
            [new NewOrderLine(sku, productName, 1, 1m)], Now), Refused.With(OrderErrorCodes.Invalid));
    }

    [Test]
    public void A_blank_order_number_is_refused()
    {
        Assert.That(() => Order.Place("  ", Build.Customer(), Times.OrderPlaced, [Build.Line()], Now),
            Refused.With(OrderErrorCodes.Invalid));
    }

    [Test]
    public void An_order_placed_in_the_future_is_refused()
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Now.AddMinutes(6), [Build.Line()], Now),
            Refused.With(OrderErrorCodes.Invalid));
    }

    [Test]
    public void A_few_minutes_of_shop_clock_drift_is_tolerated()
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Now.AddMinutes(5), [Build.Line()], Now),
            Throws.Nothing);
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void A_non_utc_placed_at_is_refused(DateTimeKind kind)
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), DateTime.SpecifyKind(Times.OrderPlaced, kind),
            [Build.Line()], Now), Throws.ArgumentException);
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void A_non_utc_now_is_refused(DateTimeKind kind)
    {
        Assert.That(() => Order.Place("SO-1", Build.Customer(), Times.OrderPlaced, [Build.Line()],
            DateTime.SpecifyKind(Now, kind)), Throws.ArgumentException);
    }
}
