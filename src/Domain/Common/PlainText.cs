namespace SupportDesk.Domain.Common;

/// <summary>
/// What text the desk stores. Names, emails, order numbers and SKUs are one line of ordinary characters; descriptions
/// and notes may also break lines and use tabs. Neither may carry control characters (NUL, escape...) or the Unicode
/// bidirectional embedding, override and isolate marks, which make a stored name display as something else
/// (e.g. an order number that reads backwards). Every other Unicode character, accents and scripts included, is kept.
/// </summary>
public static class PlainText
{
    public static bool IsOneLine(string? value) => value is null || !value.Any(c => char.IsControl(c) || IsBidiControl(c));

    public static bool IsText(string? value) =>
        value is null || !value.Any(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || IsBidiControl(c));

    /// <summary>U+202A-U+202E (embeddings, overrides, pop) and U+2066-U+2069 (isolates). The plain left-to-right and
    /// right-to-left marks stay allowed: right-to-left names need them.</summary>
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
