using SupportDesk.Application.Common.Interfaces;

namespace SupportDesk.Application.IntegrationTests;

/// <summary>Who sends the next request, per async flow, so parallel workers can each act as someone else.</summary>
public sealed record Actor(string UserId, string Email, params string[] Roles)
{
    public static readonly Actor Nobody = new("", "");
}

public sealed class TestUser : ICurrentUser
{
    private static readonly AsyncLocal<Actor?> Current = new();

    public static Actor? Actor
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    public string? UserId => string.IsNullOrEmpty(Current.Value?.UserId) ? null : Current.Value.UserId;

    public string? Email => Current.Value?.Email;

    public bool IsInRole(string role) => Current.Value?.Roles.Contains(role) ?? false;
}
