using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.UnitTests.Orders.Commands.ImportOrder;

public class ImportOrderLineValidatorTests
{
    private static readonly ImportOrderLine Valid = new("KETTLE-1", "Kettle", 2, 49.90m);
    private readonly ImportOrderLineValidator _validator = new();

    [Test]
    public void A_complete_line_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void A_free_line_passes() => Assert.That(_validator.FailingFields(Valid with { UnitPrice = 0m }), Is.Empty);

    [TestCase("")]
    [TestCase("SKU\u0000")]
    public void A_missing_or_unprintable_sku_fails_on_sku(string sku) =>
        Assert.That(_validator.FailingFields(Valid with { Sku = sku }), Is.EqualTo(new[] { "Sku" }));

    [Test]
    public void A_product_name_over_the_limit_fails_on_product_name() =>
        Assert.That(_validator.FailingFields(Valid with { ProductName = new string('p', Limits.ProductNameLength + 1) }),
            Is.EqualTo(new[] { "ProductName" }));

    [TestCase(0)]
    [TestCase(Limits.MaxLineQuantity + 1)]
    public void A_quantity_out_of_range_fails_on_quantity(int quantity) =>
        Assert.That(_validator.FailingFields(Valid with { Quantity = quantity }), Is.EqualTo(new[] { "Quantity" }));

    [TestCase(-0.01)]
    [TestCase(1.999)]
    public void A_negative_price_or_one_below_a_cent_fails_on_unit_price(double price) =>
        Assert.That(_validator.FailingFields(Valid with { UnitPrice = (decimal)price }), Is.EqualTo(new[] { "UnitPrice" }));
}
