using Microsoft.AspNetCore.Identity;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Security;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Identity;

/// <summary>Accounts through ASP.NET Core Identity. Every change to an account's state makes the bearer-token check
/// forget what it kept of it (<see cref="AccountStates"/>), so it takes effect at once in this process.</summary>
public sealed class IdentityService(UserManager<ApplicationUser> users, AccountStates states) : IIdentityService
{
    private static readonly ApplicationUser DecoyUser = new() { UserName = "decoy", Email = "decoy@invalid" };

    public Task<string> CreateUserAsync(string email, string password, string fullName, string role,
        CancellationToken cancellationToken) => CreateAsync(email, password, fullName, role, emailConfirmed: true, cancellationToken);

    public Task<string> CreateUnconfirmedCustomerAsync(string email, string password, string fullName, CancellationToken cancellationToken) =>
        CreateAsync(email, password, fullName, Roles.Customer, emailConfirmed: false, cancellationToken);

    public async Task<AccountSummary?> FindAccountAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return await users.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized)
            .Select(u => new AccountSummary(u.Id, u.FullName, u.EmailConfirmed))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task CheckPasswordPolicyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var candidate = new ApplicationUser { UserName = email, Email = email };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            Check(IdentityResult.Failed([.. errors]));
        }
    }

    public async Task ReplaceUnconfirmedAsync(string userId, string password, string fullName, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        if (user.EmailConfirmed)
        {
            throw new InvalidOperationException("A confirmed account's password is its owner's.");
        }

        user.FullName = fullName;
        states.Forget(userId);
        CheckTakeOver(await users.RemovePasswordAsync(user));
        CheckTakeOver(await users.AddPasswordAsync(user, password));
    }

    /// <summary>A concurrent sign-up of the same unconfirmed email changed the account first (its concurrency stamp):
    /// that one takes it over, and this one is the conflict its caller answers as it answers a concurrent creation.</summary>
    private static void CheckTakeOver(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw Conflicts.AccountEmailTaken();
        }

        Check(result);
    }

    public async Task ConfirmEmailAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        user.EmailConfirmed = true;
        Check(await users.UpdateAsync(user));
    }

    public void SpendPasswordHash(string password) => users.PasswordHasher.HashPassword(DecoyUser, password);

    private async Task<string> CreateAsync(string email, string password, string fullName, string role, bool emailConfirmed,
        CancellationToken cancellationToken)
    {
        if (await IsEmailTakenAsync(email, null, cancellationToken))
        {
            throw Conflicts.AccountEmailTaken();
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = emailConfirmed, FullName = fullName };
        try
        {
            Check(await users.CreateAsync(user, password));
        }
        catch (DbUpdateException ex) when (DatabaseFailures.IsUniqueViolation(ex))
        {
            // The same email created by a concurrent request after the check above: the unique index refused ours.
            throw Conflicts.AccountEmailTaken();
        }

        Check(await users.AddToRoleAsync(user, role));
        return user.Id;
    }

    public async Task UpdateUserAsync(string userId, string email, string fullName, string? newPassword,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        user.FullName = fullName;
        states.Forget(userId);
        try
        {
            if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
            {
                Check(await users.SetEmailAsync(user, email));
                // Identity marks a changed email unconfirmed; the staff's emails are set by a manager, not proved by a
                // code, and an unconfirmed account cannot sign in.
                user.EmailConfirmed = true;
                Check(await users.SetUserNameAsync(user, email));
            }
            else
            {
                Check(await users.UpdateAsync(user));
            }
        }
        catch (DbUpdateException ex) when (DatabaseFailures.IsUniqueViolation(ex))
        {
            throw Conflicts.AccountEmailTaken();
        }

        if (!string.IsNullOrEmpty(newPassword))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, newPassword));
        }
    }

    public async Task DisableUserAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);
        states.Forget(userId);
        Check(await users.SetLockoutEnabledAsync(user, true));
        // Far in the future, but inside what MySQL's DATETIME(6) can store (DateTimeOffset.MaxValue is not).
        Check(await users.SetLockoutEndDateAsync(user, new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        // A new stamp invalidates the portal cookies the account still holds.
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public Task<bool> IsEmailTakenAsync(string email, string? exceptUserId, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return users.Users.AnyAsync(u => (u.NormalizedEmail == normalized || u.NormalizedUserName == normalized)
            && u.Id != exceptUserId, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            throw Conflicts.AccountEmailTaken();
        }

        var errors = result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        var exception = new ValidationException();
        foreach (var (field, messages) in errors)
        {
            exception.Errors[field] = messages;
        }

        throw exception;
    }
}
