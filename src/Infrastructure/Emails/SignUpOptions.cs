using System.ComponentModel.DataAnnotations;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Infrastructure.Emails;

/// <summary><c>SignUp:*</c>: the confirmation codes, turned into the domain's <see cref="SignUpPolicy"/>.</summary>
public sealed class SignUpOptions
{
    public const string SectionName = "SignUp";

    [Range(1, 24 * 60)]
    public int CodeLifetimeMinutes { get; set; } = 30;

    /// <summary>Guesses one code takes before it confirms nothing.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Sign-up emails (codes, "you already have an account") one address receives in an hour at most.</summary>
    [Range(1, 100)]
    public int MaxEmailsPerHour { get; set; } = 5;

    public SignUpPolicy ToPolicy() => new(TimeSpan.FromMinutes(CodeLifetimeMinutes), MaxAttempts, MaxEmailsPerHour);
}
