using Microsoft.EntityFrameworkCore;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.WebApi.Auth;

/// <summary>Refuses a valid signature whose account was removed, locked, changed role or had its stamp changed since
/// issuance; logs every refused bearer token.</summary>
public static class TokenRevocation
{
    /// <summary>
    /// A token stays good only while its account does: not removed (nor its agent), not locked out, in exactly the
    /// roles the token names, and with the security stamp the token was issued under (a new password or a removal
    /// changes it). One narrow read, kept a few seconds (<c>Auth:AccountCheckSeconds</c>, see <see cref="AccountStates"/>).
    /// </summary>
    public static async Task ValidateAsync(Microsoft.AspNetCore.Authentication.JwtBearer.TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var userId = context.Principal?.FindFirst(TokenIssuer.SubjectClaim)?.Value;
        var account = userId is null
            ? null
            : await services.GetRequiredService<AccountStates>().GetAsync(userId,
                cancellationToken => ReadAsync(services.GetRequiredService<ApplicationDbContext>(), userId, cancellationToken),
                context.HttpContext.RequestAborted);
        var tokenRoles = context.Principal!.FindAll(TokenIssuer.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var reason = account is null ? "account gone"
            : account.LockoutEnabled && account.LockoutEnd > DateTimeOffset.UtcNow ? "account disabled"
            : account.RemovedAgent ? "agent removed"
            : context.Principal.FindFirst(TokenIssuer.StampClaim)?.Value != account.SecurityStamp ? "security stamp changed"
            : !tokenRoles.SetEquals(account.Roles) ? "roles changed"
            : null;
        if (reason is not null)
        {
            Log(context.HttpContext, userId, reason);
            context.Fail("The token is no longer valid for this account.");
        }
    }

    private static Task<AccountState?> ReadAsync(ApplicationDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new AccountState(
                u.SecurityStamp,
                u.LockoutEnabled,
                u.LockoutEnd,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                db.Agents.Any(a => a.UserId == u.Id && a.RemovedAt != null)))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>A token that does not even validate (signature, lifetime, issuer): logged by its kind, never its text.</summary>
    public static Task LogFailureAsync(Microsoft.AspNetCore.Authentication.JwtBearer.AuthenticationFailedContext context)
    {
        Log(context.HttpContext, null, context.Exception.GetType().Name);
        return Task.CompletedTask;
    }

    private static void Log(HttpContext http, string? userId, string reason) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenRevocation))
            .LogWarning("Bearer token refused for account {AccountId} from {ClientAddress}: {Reason}",
                userId ?? "unknown", Infrastructure.Web.ClientAddress.Of(http), reason);
}
