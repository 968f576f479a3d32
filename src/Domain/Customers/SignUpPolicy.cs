namespace SupportDesk.Domain.Customers;

/// <summary>How sign-up confirmation codes behave: how long one lives, how many guesses it takes, and how many
/// sign-up emails one address may receive in an hour (so nobody can flood a stranger's inbox through the desk).</summary>
public sealed record SignUpPolicy(TimeSpan CodeLifetime, int MaxAttempts, int MaxEmailsPerHour)
{
    public static readonly SignUpPolicy Default = new(TimeSpan.FromMinutes(30), 5, 5);
}
