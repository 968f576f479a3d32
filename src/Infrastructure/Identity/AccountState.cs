namespace SupportDesk.Infrastructure.Identity;

/// <summary>What a bearer token is checked against: the account's stamp, lockout, roles and whether its agent was removed.</summary>
public sealed record AccountState(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles,
    bool RemovedAgent);
