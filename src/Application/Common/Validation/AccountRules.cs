using FluentValidation;
using SupportDesk.Domain.Common;

namespace SupportDesk.Application.Common.Validation;

public static class AccountRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(Limits.EmailLength).EmailAddress().OneLine();

    /// <summary>Shape only; Identity's password policy (digit, upper, lower) is checked when the account is made.</summary>
    public static IRuleBuilderOptions<T, string?> ValidPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(MaxPasswordLength);
}
