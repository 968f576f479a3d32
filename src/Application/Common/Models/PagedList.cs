namespace SupportDesk.Application.Common.Models;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">The listed item.</typeparam>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">The most items a page holds.</param>
/// <param name="TotalCount">How many items the whole list holds (a ticket total of 10,000 or more may be up to 30 seconds old).</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>How many pages the list has at this page size.</summary>
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    /// <summary>Whether a page comes before this one.</summary>
    public bool HasPreviousPage => Page > 1;

    /// <summary>Whether a page comes after this one.</summary>
    public bool HasNextPage => Page < TotalPages;
}
