using System.Security.Claims;

namespace SupportDesk.AdminPortal.Security;

public static class PortalClaims
{
    /// <summary>The person's name, shown in the navigation bar; added at sign-in and kept when the cookie is renewed.</summary>
    public const string FullName = "supportdesk:full_name";

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) ?? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "?";
}
