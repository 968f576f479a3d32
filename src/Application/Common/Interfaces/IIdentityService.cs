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

    /// <summary>A customer account whose email is not confirmed yet: it cannot sign in until
    /// <see cref="ConfirmEmailAsync"/>. Throws like <see cref="CreateUserAsync"/>.</summary>
    Task<string> CreateUnconfirmedCustomerAsync(string email, string password, string fullName, CancellationToken cancellationToken);

    /// <summary>The account using <paramref name="email"/>, or null.</summary>
    Task<Models.AccountSummary?> FindAccountAsync(string email, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="Exceptions.ValidationException"/> when the password does not meet the policy,
    /// without making or touching any account.</summary>
    Task CheckPasswordPolicyAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>A new password and name for an account nobody has confirmed yet: the latest sign-up holds it.</summary>
    Task ReplaceUnconfirmedAsync(string userId, string password, string fullName, CancellationToken cancellationToken);

    Task ConfirmEmailAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The work of hashing <paramref name="password"/>, for an answer that must take as long as one that
    /// hashes it.</summary>
    void SpendPasswordHash(string password);
}
