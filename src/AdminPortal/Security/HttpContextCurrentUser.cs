using System.Security.Claims;
using SupportDesk.Application.Common.Interfaces;

namespace SupportDesk.AdminPortal.Security;

/// <summary>The user signed in with the portal's cookie, as the use cases see it.</summary>
public sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? Email => Principal?.FindFirstValue(ClaimTypes.Email) ?? Principal?.Identity?.Name;

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}
