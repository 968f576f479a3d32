using SupportDesk.Application.Conversation.Commands.AddMessage;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.UnitTests.Conversation.Commands.AddMessage;

public class AddMessageValidatorTests
{
    private static readonly AddMessageCommand Valid = new(Guid.NewGuid(), "Which colour did you expect?");
    private readonly AddMessageValidator _validator = new();

    [Test]
    public void A_message_with_files_passes() =>
        Assert.That(_validator.FailingFields(Valid with { Internal = true, AttachmentIds = [Guid.NewGuid(), Guid.NewGuid()] }), Is.Empty);

    [Test]
    public void An_empty_ticket_id_fails_on_ticket_id() =>
        Assert.That(_validator.FailingFields(Valid with { TicketId = Guid.Empty }), Is.EqualTo(new[] { "TicketId" }));

    [TestCase("")]
    [TestCase(null)]
    [TestCase("Escape \u001b[31m")]
    public void A_missing_or_non_text_body_fails_on_body(string? body) =>
        Assert.That(_validator.FailingFields(Valid with { Body = body! }), Is.EqualTo(new[] { "Body" }));

    [Test]
    public void A_body_over_4000_characters_fails_on_body() =>
        Assert.That(_validator.FailingFields(Valid with { Body = new string('b', TicketMessage.BodyLength + 1) }), Is.EqualTo(new[] { "Body" }));

    [Test]
    public void More_than_ten_files_fail_on_attachment_ids() =>
        Assert.That(_validator.FailingFields(Valid with { AttachmentIds = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToList() }),
            Is.EqualTo(new[] { "AttachmentIds" }));

    [Test]
    public void The_same_file_twice_fails_on_attachment_ids()
    {
        var id = Guid.NewGuid();
        Assert.That(_validator.FailingFields(Valid with { AttachmentIds = [id, id] }), Is.EqualTo(new[] { "AttachmentIds" }));
    }

    [Test]
    public void An_empty_file_id_fails_on_that_item() =>
        Assert.That(_validator.FailingFields(Valid with { AttachmentIds = [Guid.Empty] }), Is.EqualTo(new[] { "AttachmentIds[0]" }));
}
