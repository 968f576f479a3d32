using System.ComponentModel.DataAnnotations;
using SupportDesk.Application.Common.Security;

namespace SupportDesk.WebApi.RateLimits;

/// <summary>
/// Requests per minute each client may make (API4:2023, unrestricted resource consumption): per account for a
/// signed-in caller (the budget of its role), per client address for anonymous ones. The defaults are far above a
/// busy desk: a person clicking makes a request every few seconds, the shop's integration pushes orders in bulk.
/// The benchmarks raise them (benchmarks/lib.sh).
/// </summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RateLimiting";
    /// <summary>Every budget is per minute.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Sign-in and registration, per client address (on top of the budgets below).</summary>
    [Range(1, int.MaxValue)]
    public int AuthPermitsPerMinute { get; set; } = 10;

    /// <summary>Per client address, without a token.</summary>
    [Range(1, int.MaxValue)]
    public int AnonymousPermitsPerMinute { get; set; } = 600;

    /// <summary>Per customer account.</summary>
    [Range(1, int.MaxValue)]
    public int CustomerPermitsPerMinute { get; set; } = 600;

    /// <summary>Per agent account.</summary>
    [Range(1, int.MaxValue)]
    public int AgentPermitsPerMinute { get; set; } = 1_200;

    /// <summary>Per manager account.</summary>
    [Range(1, int.MaxValue)]
    public int ManagerPermitsPerMinute { get; set; } = 3_000;

    /// <summary>Per integration account: the shop pushes orders in bulk.</summary>
    [Range(1, int.MaxValue)]
    public int IntegrationPermitsPerMinute { get; set; } = 12_000;

    /// <summary>An account with several roles gets the largest of their budgets.</summary>
    public (string Policy, int Permits) ForRoles(IEnumerable<string> roles) =>
        roles.Select(role => role switch
            {
                Roles.Customer => ("customer", CustomerPermitsPerMinute),
                Roles.Agent => ("agent", AgentPermitsPerMinute),
                Roles.Manager => ("manager", ManagerPermitsPerMinute),
                Roles.Integration => ("integration", IntegrationPermitsPerMinute),
                _ => ("account", CustomerPermitsPerMinute),
            })
            .DefaultIfEmpty(("account", CustomerPermitsPerMinute))
            .MaxBy(budget => budget.Item2);
}
