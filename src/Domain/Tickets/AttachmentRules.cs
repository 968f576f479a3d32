namespace SupportDesk.Domain.Tickets;

/// <summary>What a ticket accepts as evidence: photos (JPEG, PNG, WebP) and PDF documents, recognised by their first
/// bytes, never by the name or the type a client declares; at most 10 MB each and 10 per ticket.</summary>
public static class AttachmentRules
{
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int MaxPerTicket = 10;
    public const int FileNameLength = 200;
    public const int ContentTypeLength = 64;

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int SniffLength = 12;

    /// <summary>The content type of <paramref name="head"/> (the file's first bytes), or null when it is none of
    /// the accepted kinds.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return head.StartsWith("%PDF-"u8) ? "application/pdf" : null;
    }

    /// <summary>Whether the desk may show the content inline as a picture.</summary>
    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The name the file is kept under: the client's name without any folder, control or bidirectional
    /// characters, with the extension of what the content really is (a PNG named "box.pdf" becomes "box.png").</summary>
    public static string FileNameFor(string? declared, string contentType)
    {
        var name = Path.GetFileName((declared ?? string.Empty).Replace('\\', '/'));
        name = new string(name.Where(c => PlainText.IsOneLine(c.ToString()) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        var stem = Path.GetFileNameWithoutExtension(name).Trim(' ', '.');
        if (stem.Length == 0)
        {
            stem = "attachment";
        }

        var extension = ExtensionOf(contentType);
        if (stem.Length + extension.Length > FileNameLength)
        {
            stem = stem[..(FileNameLength - extension.Length)];
        }

        return stem + extension;
    }

    private static string ExtensionOf(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        "application/pdf" => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted attachment type."),
    };
}
