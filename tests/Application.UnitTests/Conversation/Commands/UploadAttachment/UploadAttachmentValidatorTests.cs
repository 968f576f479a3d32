using SupportDesk.Application.Conversation.Commands.UploadAttachment;

namespace SupportDesk.Application.UnitTests.Conversation.Commands.UploadAttachment;

public class UploadAttachmentValidatorTests
{
    private readonly UploadAttachmentValidator _validator = new();

    [Test]
    public void A_file_with_or_without_a_name_passes()
    {
        Assert.That(_validator.FailingFields(new UploadAttachmentCommand("box.jpg", new MemoryStream([1]))), Is.Empty);
        Assert.That(_validator.FailingFields(new UploadAttachmentCommand(null, new MemoryStream([1]))), Is.Empty);
    }

    [Test]
    public void No_file_fails_on_content() =>
        Assert.That(_validator.FailingFields(new UploadAttachmentCommand("box.jpg", null!)), Is.EqualTo(new[] { "Content" }));

    [Test]
    public void A_name_over_1024_characters_fails_on_file_name() =>
        Assert.That(_validator.FailingFields(new UploadAttachmentCommand(new string('n', 1025), new MemoryStream([1]))),
            Is.EqualTo(new[] { "FileName" }));
}
