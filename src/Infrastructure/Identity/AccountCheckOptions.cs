using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Identity;

/// <summary>How long the account behind a bearer token is trusted between two reads (<c>Auth:*</c>).</summary>
public sealed class AccountCheckOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// Seconds an account's state (security stamp, lockout, roles, removal) is kept after it is read for a request;
    /// 0 reads it on every request. A change made through this process takes effect at once; one made through another
    /// process within this many seconds.
    /// </summary>
    [Range(0, 60)]
    public int AccountCheckSeconds { get; set; } = 5;
}
