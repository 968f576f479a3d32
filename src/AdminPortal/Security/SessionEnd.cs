namespace SupportDesk.AdminPortal.Security;

/// <summary>Why the portal ended a signed-in session, as the sign-in page says it (<c>?reason=</c>): the page shows
/// one of these fixed sentences, never text from the address.</summary>
public static class SessionEnd
{
    public const string Removed = "removed";
    public const string Locked = "locked";
    public const string Changed = "changed";

    /// <summary>Where <see cref="PortalCookieEvents"/> leaves the reason for the redirect to the sign-in page.</summary>
    internal const string ItemKey = "SupportDesk.SessionEnd";

    /// <summary>A short-lived cookie with the reason. The request that ends a session deletes its cookie, so the page's
    /// other requests in flight (a live region's fetch, the form post the agent just sent) arrive with no session at
    /// all; this tells their redirect why, whichever of them the browser shows last.</summary>
    internal const string CookieName = "SupportDesk.SessionEnded";

    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(2);

    /// <summary>Records that this request ended the session, and why.</summary>
    internal static void Record(HttpContext http, string reason)
    {
        http.Items[ItemKey] = reason;
        http.Response.Cookies.Append(CookieName, reason, Options(http, Remembered));
    }

    /// <summary>Why the session of this request ended: just now, or moments ago by another request of the page.</summary>
    internal static string? Of(HttpContext http) =>
        http.Items[ItemKey] as string
        ?? (http.Request.Cookies[CookieName] is { } remembered && Explain(remembered) is not null ? remembered : null);

    /// <summary>Signed in again, or out on purpose: the old session's end is no longer news.</summary>
    internal static void Forget(HttpContext http)
    {
        if (http.Request.Cookies.ContainsKey(CookieName))
        {
            http.Response.Cookies.Delete(CookieName, Options(http, null));
        }
    }

    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        Path = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/",
        MaxAge = maxAge,
    };

    /// <summary>The sentence for a reason, or null for none or an unknown one.</summary>
    public static string? Explain(string? reason) => reason switch
    {
        Removed => "You were signed out because a manager removed your account. Your unsent text is kept in this tab; ask a manager if this is a mistake.",
        Locked => "You were signed out because your account was locked. Ask a manager to unlock it.",
        Changed => "You were signed out because your password or access changed. Sign in again.",
        _ => null,
    };
}
