using FluentValidation;
using SupportDesk.Application.Common.Validation;
using SupportDesk.Domain.Common;

namespace SupportDesk.WebApi.Contracts;

/// <summary>
/// Sign-in checks no shape beyond the lengths no account can exceed: a missing or wrong email or password is the one
/// 401 of every failed sign-in, so that the answer says nothing about which part was wrong.
/// </summary>
public sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    /// <summary>The bounds of <see cref="TokenRequest"/>.</summary>
    public TokenRequestValidator()
    {
        RuleFor(r => r.Email).MaximumLength(Limits.EmailLength);
        RuleFor(r => r.Password).MaximumLength(AccountRules.MaxPasswordLength);
    }
}
