using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SupportDesk.Application.Emails;

/// <summary>
/// The customer emails' templates, kept in the repository (<c>Emails/Templates</c>) and embedded in this assembly:
/// <c>{kind}.txt</c> starts with a <c>Subject:</c> line, then a blank line and the plain-text body;
/// <c>{kind}.html</c> is the HTML body. <c>{{name}}</c> is replaced by the value of that name, HTML-encoded in the
/// HTML body; a name without a value is a bug, and fails the render rather than sending a hole to a customer.
/// </summary>
public static partial class EmailTemplates
{
    private const string ResourcePrefix = "SupportDesk.Application.Emails.Templates.";
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static RenderedEmail Render(string kind, IReadOnlyDictionary<string, string> values)
    {
        var text = Read(kind + ".txt");
        var html = Read(kind + ".html");
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline];
        if (!first.StartsWith("Subject:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Template {kind}.txt must start with a Subject: line.");
        }

        var subject = Fill(first["Subject:".Length..].Trim(), values, encode: false);
        // A subject is one header line, whatever a value holds.
        subject = subject.Replace('\r', ' ').Replace('\n', ' ');
        var body = Fill(text[(newline + 1)..].TrimStart('\r', '\n'), values, encode: false);
        return new RenderedEmail(subject, body.ReplaceLineEndings("\r\n"), Fill(html, values, encode: true));
    }

    /// <summary>Whether the assembly carries both templates of <paramref name="kind"/>.</summary>
    public static bool Exists(string kind) =>
        typeof(EmailTemplates).Assembly.GetManifestResourceInfo(ResourcePrefix + kind + ".txt") is not null
        && typeof(EmailTemplates).Assembly.GetManifestResourceInfo(ResourcePrefix + kind + ".html") is not null;

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool encode) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"The email template needs a value for {{{{{name}}}}}.");
            }

            return encode ? WebUtility.HtmlEncode(value).ReplaceLineEndings("<br>\r\n") : value;
        });

    private static string Read(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + n)
            ?? throw new InvalidOperationException($"No email template {n}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex(@"\{\{([A-Za-z][A-Za-z0-9]*)\}\}")]
    private static partial Regex Placeholder();
}
