namespace SupportDesk.Application.Common.Interfaces;

/// <summary>Sign-in accounts (ASP.NET Core Identity in Infrastructure).</summary>
public interface IIdentityService
{
    /// <summary>Creates an account in the given role and returns its id. Throws
    /// <see cref="Exceptions.ValidationException"/> when the password does not meet the policy and
    /// <see cref="Exceptions.ConflictException"/> when the email is taken.</summary>
    Task<string> CreateUserAsync(string email, string password, string fullName, string role, CancellationToken cancellationToken);

    /// <summary>Changes the account's email (and display name), and its password when one is given.</summary>
    Task UpdateUserAsync(string userId, string email, string fullName, string? newPassword, CancellationToken cancellationToken);

    /// <summary>The account can no longer sign in; existing sessions are invalidated.</summary>
    Task DisableUserAsync(string userId, CancellationToken cancellationToken);

    Task<bool> IsEmailTakenAsync(string email, string? exceptUserId, CancellationToken cancellationToken);
}
