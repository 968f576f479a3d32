namespace SupportDesk.Application.Common.Interfaces;

/// <summary>Who sends the request: the signed-in user of the API (JWT) or the portal (cookie); nobody for jobs.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? Email { get; }

    bool IsInRole(string role);
}
