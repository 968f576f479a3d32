using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
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
    /// <summary>The claim that carries each of the account's roles.</summary>
    public const string RoleClaim = "role";

    /// <summary>The claim that carries the account id.</summary>
    public const string SubjectClaim = JwtRegisteredClaimNames.Sub;

    /// <summary>The claim that carries the account's email.</summary>
    public const string EmailClaim = JwtRegisteredClaimNames.Email;

    /// <summary>The account's security stamp when the token was issued; a token whose stamp is no longer current
    /// (agent removed, password changed) is refused at once rather than when it expires.</summary>
    public const string StampClaim = "stamp";

    /// <summary>A token for the account, or the refusal when the email or password is wrong, the client is
    /// throttled or the account may not sign in.</summary>
    public async Task<TokenIssue> IssueAsync(string email, string password, string clientAddress,
        CancellationToken cancellationToken)
    {
        // Unknown, wrong, throttled and removed are all refused alike by the caller; only an unconfirmed email, told
        // to whoever knows the password, is answered apart.
        var check = await signIn.SignInAsync(email, password, clientAddress, cancellationToken);
        if (check.User is not { } user || !check.Succeeded)
        {
            return new TokenIssue(null, check.Refusal);
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
        return new TokenIssue(new TokenResponse(token, expires.UtcDateTime), null);
    }

    /// <summary>The key tokens are signed and checked with.</summary>
    public static SymmetricSecurityKey SigningKey(JwtOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));
}
