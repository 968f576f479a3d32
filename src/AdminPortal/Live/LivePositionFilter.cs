using Microsoft.AspNetCore.Mvc.Filters;
using SupportDesk.Application.Live;

namespace SupportDesk.AdminPortal.Live;

/// <summary>
/// Notes the feed position before an action reads anything, for the layout's <c>data-live-after</c>: the page's live
/// connection then hears of every change after it, so nothing committed between reading the page and connecting is
/// missed. Unknown (no page listening yet) is -1: the page refreshes its regions once connected.
/// </summary>
public sealed class LivePositionFilter(ILiveFeed feed) : IActionFilter
{
    public const string ItemKey = "supportdesk:live-after";

    public static long Of(HttpContext context) => context.Items[ItemKey] is long position ? position : -1;

    public void OnActionExecuting(ActionExecutingContext context) => context.HttpContext.Items[ItemKey] = feed.Position ?? -1;

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
