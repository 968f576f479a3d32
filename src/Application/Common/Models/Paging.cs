namespace SupportDesk.Application.Common.Models;

public static class Paging
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>How deep a list can be paged (a million rows at the largest page size); deeper, narrow the filter.
    /// Bounds the offset the database is asked for, which overflowed at <c>page=2147483647</c>.</summary>
    public const int MaxPage = 10_000;
}
