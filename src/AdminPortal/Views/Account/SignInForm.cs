using System.ComponentModel.DataAnnotations;

namespace SupportDesk.AdminPortal.Views.Account;

/// <summary>Signing in is not a use case of the application layer: its two rules are checked here.</summary>
public sealed record SignInForm
{
    [Required(ErrorMessage = "Enter your email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string? Email { get; init; }

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string? Password { get; init; }

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }
}
