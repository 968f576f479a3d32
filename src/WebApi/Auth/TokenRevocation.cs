using Microsoft.EntityFrameworkCore;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.WebApi.Auth;

/// <summary>Refuses a valid signature whose account was removed, locked or had its stamp changed since issuance.</summary>
public static class TokenRevocation
{
    /// <summary>
    /// A token stays good only while its account does: not removed, not locked out, and with the security stamp the
    /// token was issued under (a new password or a removal changes it). One narrow read per request.
    /// </summary>
    public static async Task ValidateAsync(Microsoft.AspNetCore.Authentication.JwtBearer.TokenValidatedContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<ApplicationDbContext>();
        var userId = context.Principal?.FindFirst(TokenIssuer.SubjectClaim)?.Value;
        var account = userId is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null
            || account.LockoutEnabled && account.LockoutEnd > DateTimeOffset.UtcNow
            || context.Principal!.FindFirst(TokenIssuer.StampClaim)?.Value != account.SecurityStamp)
        {
            context.Fail("The token is no longer valid for this account.");
        }
    }
}
