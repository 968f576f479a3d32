namespace SupportDesk.Application.Common.Models;

/// <summary>
/// The one way lists search text: a lower-cased <c>LIKE '%term%'</c> against a lower-cased column, with the
/// term's own <c>%</c>, <c>_</c> and <c>\</c> escaped. Lower-casing both sides, rather than relying on the column's
/// collation, makes the search case-insensitive on MySQL/MariaDB and SQLite alike (SQLite's LIKE and lower() fold
/// ASCII letters only, so a name such as "Özil" matches "özil" on MySQL but needs its accented letter typed in the
/// same case on SQLite). An explicit escape character is given because SQLite has no default one.
/// </summary>
public static class SearchPattern
{
    public const string Escape = "\\";

    /// <summary>The pattern for text containing <paramref name="text"/>, or null when there is nothing to search for.</summary>
    public static string? Containing(string? text)
    {
        var term = text?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return null;
        }

        var escaped = term.ToLowerInvariant()
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
