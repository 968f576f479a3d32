using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SupportDesk.Application.Common.Security;

namespace SupportDesk.AdminPortal.Security;

/// <summary>
/// Validates the portal cookie on each request: Identity's security stamp check (a changed password or a disabled
/// account signs the person out within <see cref="SecurityStampValidatorOptions.ValidationInterval"/>), then, for
/// agents, whether the agent still exists and has not been removed.
/// </summary>
public sealed class PortalCookieEvents(PortalAccess access) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not { } principal || IsAnonymousEndpoint(context.HttpContext))
        {
            return;
        }

        if (principal.IsInRole(Roles.Agent) && !principal.IsInRole(Roles.Manager)
            && !await access.IsActiveAgentAsync(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
                context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    // Static files and the sign-in page need no account: skip the database for them.
    private static bool IsAnonymousEndpoint(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
