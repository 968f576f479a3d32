using SupportDesk.Domain.Common;

namespace SupportDesk.Domain.UnitTests.Common;

public sealed class PlainTextTests
{
    [TestCase("Zoë Ødegård")]
    [TestCase("Théière 日本")]
    [TestCase("\u200fمحمد\u200e")]
    [TestCase("SO-1001 / B")]
    [TestCase("")]
    [TestCase(null)]
    public void Ordinary_unicode_fits_one_line(string? value) => Assert.That(PlainText.IsOneLine(value), Is.True);

    [TestCase("\u0000")]
    [TestCase("\u0007")]
    [TestCase("\u001b[31m")]
    [TestCase("\u007f")]
    [TestCase("\u0085")]
    [TestCase("a\nb")]
    [TestCase("a\tb")]
    [TestCase("\u202a")]
    [TestCase("\u202b")]
    [TestCase("\u202c")]
    [TestCase("\u202d")]
    [TestCase("\u202e")]
    [TestCase("\u2066")]
    [TestCase("\u2067")]
    [TestCase("\u2068")]
    [TestCase("\u2069")]
    public void Control_and_bidi_override_characters_do_not_fit_one_line(string bad) =>
        Assert.That(PlainText.IsOneLine($"name{bad}name"), Is.False);

    [TestCase("Line one.\r\nLine two.")]
    [TestCase("Column\tcolumn")]
    [TestCase("Zoë: 日本 🙂")]
    public void Texts_keep_line_breaks_and_tabs(string value) => Assert.That(PlainText.IsText(value), Is.True);

    [TestCase("\u0000")]
    [TestCase("\u001b")]
    [TestCase("\u202e")]
    [TestCase("\u2066")]
    public void Texts_refuse_other_controls_and_bidi_overrides(string bad) => Assert.That(PlainText.IsText($"text{bad}"), Is.False);
}
