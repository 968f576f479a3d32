using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SupportDesk.Application.Common.Security;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.AdminPortal.Security;

/// <summary>
/// Validates the portal cookie on each request: Identity's security stamp check (a changed password or a disabled
/// account signs the person out within <see cref="SecurityStampValidatorOptions.ValidationInterval"/>), then, for
/// agents, whether the agent still exists and has not been removed. A session it ends goes to the sign-in page with
/// the reason (<see cref="SessionEnd"/>), and so does any other request of the page that arrives moments later with no
/// session left.
/// </summary>
public sealed class PortalCookieEvents(PortalAccess access, UserManager<ApplicationUser> users) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var isAgent = context.Principal?.IsInRole(Roles.Agent) == true && context.Principal?.IsInRole(Roles.Manager) != true;
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null && userId is not null)
        {
            // The stamp check ended the session: say why on the sign-in page. Removal is asked first, since removing
            // an agent also locks the account.
            SessionEnd.Record(context.HttpContext, await WhyEndedAsync(userId, isAgent, context.HttpContext.RequestAborted));
            return;
        }

        if (context.Principal is not { } principal || IsAnonymousEndpoint(context.HttpContext))
        {
            return;
        }

        if (isAgent && !await access.IsActiveAgentAsync(userId ?? string.Empty, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            SessionEnd.Record(context.HttpContext, SessionEnd.Removed);
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>To the sign-in page with the reason the session ended, if it did, and back to a page afterwards: a
    /// session that ends during a form post returns to the form's page, never to the post's address.</summary>
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        var query = new Dictionary<string, string?>();
        if (ReturnAddress.For(http.Request) is { } back)
        {
            query[context.Options.ReturnUrlParameter] = back;
        }

        if (SessionEnd.Of(http) is { } reason)
        {
            query["reason"] = reason;
        }

        context.RedirectUri = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            http.Request.PathBase + context.Options.LoginPath, query);
        return base.RedirectToLogin(context);
    }

    private async Task<string> WhyEndedAsync(string userId, bool isAgent, CancellationToken cancellationToken)
    {
        if (isAgent && !await access.IsActiveAgentAsync(userId, cancellationToken))
        {
            return SessionEnd.Removed;
        }

        return await users.FindByIdAsync(userId) is { } user && await users.IsLockedOutAsync(user)
            ? SessionEnd.Locked
            : SessionEnd.Changed;
    }

    // Static files and the sign-in page need no account: skip the database for them.
    private static bool IsAnonymousEndpoint(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
