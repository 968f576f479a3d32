using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Tickets.Commands.OpenTicket;

public class OpenTicketValidatorTests
{
    private static readonly OpenTicketCommand Valid =
        new(Guid.NewGuid(), Guid.NewGuid(), 1, ReturnReason.Damaged, "Arrived with a cracked lid.");

    private readonly OpenTicketValidator _validator = new();

    [Test]
    public void A_complete_request_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void Up_to_ten_uploaded_files_pass() =>
        Assert.That(_validator.FailingFields(Valid with { AttachmentIds = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList() }), Is.Empty);

    [Test]
    public void Eleven_files_fail_on_attachment_ids() =>
        Assert.That(_validator.FailingFields(Valid with { AttachmentIds = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToList() }),
            Is.EqualTo(new[] { "AttachmentIds" }));

    [Test]
    public void The_same_file_twice_fails_on_attachment_ids()
    {
        var id = Guid.NewGuid();
        Assert.That(_validator.FailingFields(Valid with { AttachmentIds = [id, id] }), Is.EqualTo(new[] { "AttachmentIds" }));
    }

    [Test]
    public void An_empty_order_id_fails_on_order_id() =>
        Assert.That(_validator.FailingFields(Valid with { OrderId = Guid.Empty }), Is.EqualTo(new[] { "OrderId" }));

    [Test]
    public void An_empty_order_line_id_fails_on_order_line_id() =>
        Assert.That(_validator.FailingFields(Valid with { OrderLineId = Guid.Empty }),
            Is.EqualTo(new[] { "OrderLineId" }));

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(Limits.MaxLineQuantity + 1)]
    public void A_quantity_out_of_range_fails_on_quantity(int quantity) =>
        Assert.That(_validator.FailingFields(Valid with { Quantity = quantity }), Is.EqualTo(new[] { "Quantity" }));

    [Test]
    public void An_unknown_reason_fails_on_reason() =>
        Assert.That(_validator.FailingFields(Valid with { Reason = (ReturnReason)42 }), Is.EqualTo(new[] { "Reason" }));

    [TestCase("")]
    [TestCase(null)]
    public void A_missing_description_fails_on_description(string? description) =>
        Assert.That(_validator.FailingFields(Valid with { Description = description! }),
            Is.EqualTo(new[] { "Description" }));

    [Test]
    public void A_description_over_4000_characters_fails_on_description() =>
        Assert.That(_validator.FailingFields(Valid with { Description = new string('d', Limits.DescriptionLength + 1) }),
            Is.EqualTo(new[] { "Description" }));
}
