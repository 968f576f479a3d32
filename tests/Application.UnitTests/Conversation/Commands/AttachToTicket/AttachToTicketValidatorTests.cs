using SupportDesk.Application.Conversation.Commands.AttachToTicket;

namespace SupportDesk.Application.UnitTests.Conversation.Commands.AttachToTicket;

public class AttachToTicketValidatorTests
{
    private static readonly AttachToTicketCommand Valid = new(Guid.NewGuid(), "label.pdf", new MemoryStream([1]));
    private readonly AttachToTicketValidator _validator = new();

    [Test]
    public void A_file_for_a_ticket_passes() => Assert.That(_validator.FailingFields(Valid), Is.Empty);

    [Test]
    public void An_empty_ticket_id_fails_on_ticket_id() =>
        Assert.That(_validator.FailingFields(Valid with { TicketId = Guid.Empty }), Is.EqualTo(new[] { "TicketId" }));

    [Test]
    public void No_file_fails_on_content() =>
        Assert.That(_validator.FailingFields(Valid with { Content = null! }), Is.EqualTo(new[] { "Content" }));

    [Test]
    public void A_name_over_1024_characters_fails_on_file_name() =>
        Assert.That(_validator.FailingFields(Valid with { FileName = new string('n', 1025) }), Is.EqualTo(new[] { "FileName" }));
}
