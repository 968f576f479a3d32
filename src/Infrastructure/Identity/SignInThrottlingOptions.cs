using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Identity;

/// <summary>
/// How failed sign-ins slow down guessing without handing anyone a way to lock another person out. Failures are
/// counted per (account, client address) and per client address; only a flood from many addresses, far beyond what
/// one address may try, holds an account back everywhere, and then only for a few minutes. A failure never ends
/// the account's existing sessions or tokens.
/// </summary>
public sealed class SignInThrottlingOptions : IValidatableObject
{
    public const string SectionName = "SignInThrottling";

    /// <summary>Failures of one account from one address, within <see cref="WindowMinutes"/>, before that address
    /// is refused for that account.</summary>
    [Range(1, 1000)]
    public int PerAccountAndAddress { get; set; } = 5;

    /// <summary>Failures from one address (any accounts), within <see cref="WindowMinutes"/>, before the address is
    /// refused for every account.</summary>
    [Range(1, 100_000)]
    public int PerAddress { get; set; } = 30;

    [Range(1, 24 * 60)]
    public int WindowMinutes { get; set; } = 15;

    /// <summary>Failures of one account from all addresses, within <see cref="AccountWindowMinutes"/>, before the
    /// account is refused from every address: far above <see cref="PerAddress"/>, so that it takes many addresses.</summary>
    [Range(1, 1_000_000)]
    public int PerAccount { get; set; } = 200;

    /// <summary>Short: the account-wide hold lasts only until its failures are this old.</summary>
    [Range(1, 60)]
    public int AccountWindowMinutes { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // An account-wide hold reachable from one address would hand that address the lockout back.
        if (PerAccount <= PerAddress || PerAccount <= PerAccountAndAddress)
        {
            yield return new ValidationResult(
                "SignInThrottling:PerAccount must be above SignInThrottling:PerAddress and SignInThrottling:PerAccountAndAddress.",
                [nameof(PerAccount)]);
        }
    }
}
