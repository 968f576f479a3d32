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

    /// <summary>The sentence for a reason, or null for none or an unknown one.</summary>
    public static string? Explain(string? reason) => reason switch
    {
        Removed => "You were signed out because a manager removed your account. Your unsent text is kept in this tab; ask a manager if this is a mistake.",
        Locked => "You were signed out because your account was locked. Ask a manager to unlock it.",
        Changed => "You were signed out because your password or access changed. Sign in again.",
        _ => null,
    };
}
