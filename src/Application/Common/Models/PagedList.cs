namespace SupportDesk.Application.Common.Models;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public bool HasPreviousPage => Page > 1;

    public bool HasNextPage => Page < TotalPages;
}

public static class Paging
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>How deep a list can be paged (a million rows at the largest page size); deeper, narrow the filter.
    /// Bounds the offset the database is asked for, which overflowed at <c>page=2147483647</c>.</summary>
    public const int MaxPage = 10_000;
}
