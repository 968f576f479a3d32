namespace SupportDesk.Application.Common.Security;

/// <summary>
/// Who may send a request, stated on the request itself so the API and the portal cannot disagree. Checked by
/// the authorization behaviour; several attributes must all pass, and a comma-separated list means any of them.
/// A request without the attribute is for the system (jobs) or anyone (register, sign-in).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; set; } = string.Empty;
}
