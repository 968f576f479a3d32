namespace SupportDesk.Application.Common.Security;

/// <summary>Stable codes of sign-in and account refusals, as clients see them in problem responses.</summary>
public static class AuthErrorCodes
{
    /// <summary>No valid sign-in came with the request.</summary>
    public const string Unauthenticated = "auth.unauthenticated";

    /// <summary>The caller is signed in but its role may not do this.</summary>
    public const string Forbidden = "auth.forbidden";

    /// <summary>A sign-in account already uses this email.</summary>
    public const string EmailTaken = "auth.email_taken";
}
