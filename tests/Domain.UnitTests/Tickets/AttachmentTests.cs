namespace SupportDesk.Domain.UnitTests.Tickets;

/// <summary>What counts as an acceptable file: recognised by its bytes, never by its name.</summary>
public sealed class AttachmentTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    private static readonly byte[] WebP = "RIFF\u0024\0\0\0WEBPVP8 "u8.ToArray();
    private static readonly byte[] Pdf = "%PDF-1.7\n%\u00e2\u00e3"u8.ToArray();
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0];

    [Test]
    public void Each_accepted_kind_is_recognised_by_its_first_bytes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AttachmentRules.Detect(Jpeg), Is.EqualTo("image/jpeg"));
            Assert.That(AttachmentRules.Detect(Png), Is.EqualTo("image/png"));
            Assert.That(AttachmentRules.Detect(WebP), Is.EqualTo("image/webp"));
            Assert.That(AttachmentRules.Detect(Pdf), Is.EqualTo("application/pdf"));
            Assert.That(AttachmentRules.Detect(Executable), Is.Null);
            Assert.That(AttachmentRules.Detect("RIFF\0\0\0\0WAVE"u8), Is.Null, "a RIFF that is not WebP (a WAV sound)");
            Assert.That(AttachmentRules.Detect([0x89, 0x50]), Is.Null, "too short to be a PNG");
        });
    }

    [Test]
    public void A_png_named_pdf_is_kept_as_a_png_with_a_png_name()
    {
        var attachment = Attachment.Upload("account", "receipt.pdf", Png, 500, Times.Opened);

        Assert.Multiple(() =>
        {
            Assert.That(attachment.ContentType, Is.EqualTo("image/png"));
            Assert.That(attachment.FileName, Is.EqualTo("receipt.png"));
            Assert.That(attachment.TicketId, Is.Null);
        });
    }

    [Test]
    public void An_executable_named_jpg_is_refused()
    {
        Assert.That(() => Attachment.Upload("account", "photo.jpg", Executable, 500, Times.Opened),
            Throws.InstanceOf<UnsupportedAttachmentTypeException>());
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        Assert.That(() => Attachment.Upload("account", "photo.jpg", [], 0, Times.Opened),
            Throws.InstanceOf<UnsupportedAttachmentTypeException>());
    }

    [Test]
    public void Ten_megabytes_are_accepted_and_one_byte_more_is_not()
    {
        Assert.That(Attachment.Upload("account", "scan.pdf", Pdf, AttachmentRules.MaxBytes, Times.Opened).Size, Is.EqualTo(AttachmentRules.MaxBytes));
        Assert.That(() => Attachment.Upload("account", "scan.pdf", Pdf, AttachmentRules.MaxBytes + 1, Times.Opened),
            Throws.InstanceOf<AttachmentTooLargeException>());
    }

    [TestCase("../../etc/passwd.jpg", "passwd.jpg")]
    [TestCase("C:\\Users\\ada\\box.jpeg", "box.jpg")]
    [TestCase("evil\u202Egpj.exe", "evilgpj.jpg")]
    [TestCase("quote\"d.jpg", "quoted.jpg")]
    [TestCase("", "attachment.jpg")]
    [TestCase(null, "attachment.jpg")]
    [TestCase("...", "attachment.jpg")]
    public void The_stored_name_has_no_folder_or_control_characters_and_the_real_extension(string? declared, string stored)
    {
        Assert.That(AttachmentRules.FileNameFor(declared, "image/jpeg"), Is.EqualTo(stored));
    }

    [Test]
    public void A_very_long_name_is_cut_keeping_the_extension()
    {
        var name = AttachmentRules.FileNameFor(new string('x', 500) + ".png", "image/png");

        Assert.That(name, Has.Length.EqualTo(AttachmentRules.FileNameLength));
        Assert.That(name, Does.EndWith(".png"));
    }
}
