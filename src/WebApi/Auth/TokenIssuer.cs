using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Identity;
using SupportDesk.WebApi.Contracts;

namespace SupportDesk.WebApi.Auth;

/// <summary>Checks a password (the desk's one throttled check) and issues a signed JWT with the account's roles.</summary>
public sealed class TokenIssuer(
    UserManager<ApplicationUser> users,
    PasswordSignIn signIn,
    IOptions<JwtOptions> options,
    TimeProvider clock)
{
    public const string RoleClaim = "role";
    public const string SubjectClaim = JwtRegisteredClaimNames.Sub;
    public const string EmailClaim = JwtRegisteredClaimNames.Email;

    /// <summary>The account's security stamp when the token was issued; a token whose stamp is no longer current
    /// (agent removed, password changed) is refused at once rather than when it expires.</summary>
    public const string StampClaim = "stamp";

    public async Task<TokenResponse?> IssueAsync(string email, string password, string clientAddress,
        CancellationToken cancellationToken)
    {
        // Unknown, wrong, throttled and removed are all refused alike.
        var check = await signIn.SignInAsync(email, password, clientAddress, cancellationToken);
        if (check.User is not { } user || !check.Succeeded)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.Value.LifetimeMinutes);
        var claims = new List<Claim>
        {
            new(SubjectClaim, user.Id),
            new(EmailClaim, user.Email ?? email),
            new(JwtRegisteredClaimNames.Name, user.FullName),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            new(StampClaim, await users.GetSecurityStampAsync(user)),
        };
        claims.AddRange(roles.Select(role => new Claim(RoleClaim, role)));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey(options.Value), SecurityAlgorithms.HmacSha256),
        });
        return new TokenResponse(token, expires.UtcDateTime);
    }

    public static SymmetricSecurityKey SigningKey(JwtOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));
}

/// <summary>Refuses a valid signature whose account was removed, locked, changed role or had its stamp changed since
/// issuance; logs every refused bearer token.</summary>
public static class TokenRevocation
{
    /// <summary>
    /// A token stays good only while its account does: not removed (nor its agent), not locked out, in exactly the
    /// roles the token names, and with the security stamp the token was issued under (a new password or a removal
    /// changes it). One narrow read per request.
    /// </summary>
    public static async Task ValidateAsync(Microsoft.AspNetCore.Authentication.JwtBearer.TokenValidatedContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<ApplicationDbContext>();
        var userId = context.Principal?.FindFirst(TokenIssuer.SubjectClaim)?.Value;
        var account = userId is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.SecurityStamp,
                    u.LockoutEnabled,
                    u.LockoutEnd,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                        .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                    RemovedAgent = db.Agents.Any(a => a.UserId == u.Id && a.RemovedAt != null),
                })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
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
