using SupportDesk.Application.Orders.Commands.ImportOrder;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.UnitTests.Orders.Commands.ImportOrder;

public class ImportOrderValidatorTests
{
    private static readonly DateTime Now = FixedClock.Default.UtcDateTime;

    private static readonly ImportOrderCommand Valid = new("SO-1001", "ada@example.com", Now.AddDays(-1),
        [new ImportOrderLine("KETTLE-1", "Kettle", 2, 49.90m), new ImportOrderLine("MUG-4", "Mug", 4, 0m)],
        "Ada Lovelace");

    private readonly ImportOrderValidator _validator = new(new FixedClock());

    private static ImportOrderCommand WithLine(ImportOrderLine line) => Valid with { Lines = [line] };

    [Test]
    public void A_complete_order_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void An_order_without_a_customer_name_passes() =>
        Assert.That(_validator.FailingFields(Valid with { CustomerFullName = null }), Is.Empty);

    [TestCase("")]
    [TestCase(null)]
    public void A_missing_number_fails_on_number(string? number) =>
        Assert.That(_validator.FailingFields(Valid with { Number = number! }), Is.EqualTo(new[] { "Number" }));

    [Test]
    public void A_number_over_64_characters_fails_on_number() =>
        Assert.That(_validator.FailingFields(Valid with { Number = new string('9', Limits.OrderNumberLength + 1) }),
            Is.EqualTo(new[] { "Number" }));

    [TestCase("")]
    [TestCase("ada")]
    public void A_bad_customer_email_fails_on_customer_email(string email) =>
        Assert.That(_validator.FailingFields(Valid with { CustomerEmail = email }),
            Is.EqualTo(new[] { "CustomerEmail" }));

    [Test]
    public void A_customer_name_over_200_characters_fails_on_customer_full_name() =>
        Assert.That(_validator.FailingFields(Valid with { CustomerFullName = new string('a', 201) }),
            Is.EqualTo(new[] { "CustomerFullName" }));

    [Test]
    public void A_missing_placed_at_fails_on_placed_at() =>
        Assert.That(_validator.FailingFields(Valid with { PlacedAt = default }), Is.EqualTo(new[] { "PlacedAt" }));

    [Test]
    public void An_order_placed_more_than_five_minutes_ahead_fails_on_placed_at() =>
        Assert.That(_validator.FailingFields(Valid with { PlacedAt = Now.AddMinutes(6) }),
            Is.EqualTo(new[] { "PlacedAt" }));

    [Test]
    public void An_order_placed_within_five_minutes_of_clock_drift_passes() =>
        Assert.That(_validator.FailingFields(Valid with { PlacedAt = Now.AddMinutes(5) }), Is.Empty);

    [Test]
    public void An_order_without_lines_fails_on_lines() =>
        Assert.That(_validator.FailingFields(Valid with { Lines = [] }), Is.EqualTo(new[] { "Lines" }));

    [Test]
    public void An_order_whose_lines_are_null_fails_on_lines_instead_of_crashing() =>
        Assert.That(_validator.FailingFields(Valid with { Lines = null! }), Is.EqualTo(new[] { "Lines" }));

    [Test]
    public void A_null_line_fails_instead_of_crashing() =>
        Assert.That(_validator.FailingFields(Valid with { Lines = [null!] }), Does.Contain("Lines"));

    [Test]
    public void An_order_with_more_than_200_lines_fails_on_lines()
    {
        var lines = Enumerable.Range(0, Limits.MaxOrderLines + 1)
            .Select(i => new ImportOrderLine($"SKU-{i}", "Thing", 1, 1m)).ToList();

        Assert.That(_validator.FailingFields(Valid with { Lines = lines }), Is.EqualTo(new[] { "Lines" }));
    }

    [Test]
    public void The_same_sku_twice_whatever_its_case_or_spaces_fails_on_lines() =>
        Assert.That(_validator.FailingFields(Valid with
        {
            Lines = [new ImportOrderLine("KETTLE-1", "Kettle", 1, 1m), new ImportOrderLine(" kettle-1", "Kettle", 1, 1m)],
        }), Is.EqualTo(new[] { "Lines" }));

    [TestCase("")]
    [TestCase(null)]
    public void A_line_without_sku_fails_on_that_lines_sku(string? sku) =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine(sku!, "Kettle", 1, 1m))),
            Is.EqualTo(new[] { "Lines[0].Sku" }));

    [Test]
    public void A_sku_over_64_characters_fails_on_that_lines_sku() =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine(new string('S', 65), "Kettle", 1, 1m))),
            Is.EqualTo(new[] { "Lines[0].Sku" }));

    [Test]
    public void A_line_without_product_name_fails_on_that_lines_product_name() =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine("KETTLE-1", "", 1, 1m))),
            Is.EqualTo(new[] { "Lines[0].ProductName" }));

    [Test]
    public void A_product_name_over_200_characters_fails_on_that_lines_product_name() =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine("KETTLE-1", new string('k', 201), 1, 1m))),
            Is.EqualTo(new[] { "Lines[0].ProductName" }));

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(Limits.MaxLineQuantity + 1)]
    public void A_quantity_out_of_range_fails_on_that_lines_quantity(int quantity) =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine("KETTLE-1", "Kettle", quantity, 1m))),
            Is.EqualTo(new[] { "Lines[0].Quantity" }));

    [Test]
    public void A_negative_unit_price_fails_on_that_lines_unit_price() =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine("KETTLE-1", "Kettle", 1, -0.01m))),
            Is.EqualTo(new[] { "Lines[0].UnitPrice" }));

    [Test]
    public void A_unit_price_with_fractions_of_a_cent_fails_on_that_lines_unit_price() =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine("KETTLE-1", "Kettle", 1, 1.005m))),
            Is.EqualTo(new[] { "Lines[0].UnitPrice" }));

    [Test]
    public void A_unit_price_with_trailing_zeros_passes() =>
        Assert.That(_validator.FailingFields(WithLine(new ImportOrderLine("KETTLE-1", "Kettle", 1, 1.500m))), Is.Empty);

    [Test]
    public void The_failing_line_is_named_by_its_position()
    {
        var lines = new[] { new ImportOrderLine("A", "Ok", 1, 1m), new ImportOrderLine("B", "Bad", 0, 1m) };

        Assert.That(_validator.FailingFields(Valid with { Lines = lines }), Is.EqualTo(new[] { "Lines[1].Quantity" }));
    }

    [Test]
    public void An_order_with_a_past_delivery_and_a_final_sale_line_passes() =>
        Assert.That(_validator.FailingFields(Valid with
        {
            DeliveredAt = Now.AddHours(-2),
            Lines = [new ImportOrderLine("KETTLE-1", "Kettle", 2, 49.90m, Returnable: false)],
        }), Is.Empty);

    [Test]
    public void A_delivery_more_than_five_minutes_ahead_fails_on_delivered_at() =>
        Assert.That(_validator.FailingFields(Valid with { DeliveredAt = Now.AddMinutes(6) }),
            Is.EqualTo(new[] { "DeliveredAt" }));

    [Test]
    public void A_delivery_before_the_order_was_placed_fails_on_delivered_at() =>
        Assert.That(_validator.FailingFields(Valid with { DeliveredAt = Valid.PlacedAt.AddSeconds(-1) }),
            Is.EqualTo(new[] { "DeliveredAt" }));
}
