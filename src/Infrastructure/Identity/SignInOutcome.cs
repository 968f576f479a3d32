namespace SupportDesk.Infrastructure.Identity;

/// <summary>The account signed in, or why not.</summary>
public sealed record SignInOutcome(ApplicationUser? User, SignInRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;
}
