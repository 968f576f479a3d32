using SupportDesk.Application.Common.Interfaces;

namespace SupportDesk.WebApi.Auth;

/// <summary>The caller of this request, from its bearer token.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <inheritdoc />
    public string? UserId => accessor.HttpContext?.User.FindFirst(TokenIssuer.SubjectClaim)?.Value;

    /// <inheritdoc />
    public string? Email => accessor.HttpContext?.User.FindFirst(TokenIssuer.EmailClaim)?.Value;

    /// <inheritdoc />
    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;
}
