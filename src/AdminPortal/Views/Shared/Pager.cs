using Microsoft.AspNetCore.Http.Extensions;

namespace SupportDesk.AdminPortal.Views.Shared;

/// <summary>A pager that keeps the other query-string values (the filters) on every link.</summary>
public sealed record Pager(int Page, int TotalPages, int TotalCount, string Parameter = "page", string Label = "Pages")
{
    public static Pager Of<T>(Application.Common.Models.PagedList<T> list, string parameter = "page", string label = "Pages") =>
        new(list.Page, list.TotalPages, list.TotalCount, parameter, label);

    /// <summary>A page asked for past the last one (<c>?page=99</c>) of a list that has pages: say so, rather than
    /// show an empty list as if nothing matched.</summary>
    public bool IsPastTheEnd => TotalCount > 0 && Page > TotalPages;

    public string Link(HttpRequest request, int page)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))));
        if (page > 1)
        {
            query.Add(Parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return request.PathBase + request.Path + query.ToQueryString();
    }

    /// <summary>The pages to show as links: the first, the last, and two either side of the current one.</summary>
    public IEnumerable<int?> Window()
    {
        int? previous = null;
        for (var page = 1; page <= TotalPages; page++)
        {
            if (page == 1 || page == TotalPages || Math.Abs(page - Page) <= 2)
            {
                if (previous is { } p && page - p > 1)
                {
                    yield return null;
                }

                yield return page;
                previous = page;
            }
        }
    }
}
