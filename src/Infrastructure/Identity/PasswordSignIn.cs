using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace SupportDesk.Infrastructure.Identity;

/// <summary>
/// The one password check of the desk, used by the API's token endpoint and by the portal's sign-in. Failures are
/// throttled per (account, client address) and per address (<see cref="SignInThrottle"/>); a failure never locks
/// the account itself, never ends its sessions or tokens.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<ApplicationUser> users,
    SignInThrottle throttle,
    ILogger<PasswordSignIn> logger)
{
    private static readonly ApplicationUser DecoyUser = new() { UserName = "decoy", Email = "decoy@invalid" };
    private static string? _decoyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, string clientAddress,
        CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        var accountKey = SignInThrottle.AccountKey(normalized);
        var address = clientAddress.Length > Data.Configurations.SignInFailureConfiguration.AddressLength
            ? clientAddress[..Data.Configurations.SignInFailureConfiguration.AddressLength]
            : clientAddress;
        if (await throttle.IsThrottledAsync(accountKey, address, cancellationToken))
        {
            // Not even checked: a throttled guess learns nothing, right or wrong.
            return Refuse(null, address, SignInRefusal.Throttled);
        }

        var user = await users.FindByEmailAsync(normalized);
        if (user is null)
        {
            // The same hashing work as for a real account, so that the answer's time does not tell which emails
            // have one.
            users.PasswordHasher.VerifyHashedPassword(DecoyUser, DecoyHash(users.PasswordHasher), password);
            await throttle.RecordFailureAsync(accountKey, address, cancellationToken);
            return Refuse(null, address, SignInRefusal.UnknownAccount);
        }

        // The password is checked before anything else about the account, so that every refusal takes the time
        // of one hash.
        if (!await users.CheckPasswordAsync(user, password))
        {
            await throttle.RecordFailureAsync(accountKey, address, cancellationToken);
            return Refuse(user, address, SignInRefusal.WrongPassword);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Refuse(user, address, SignInRefusal.AccountDisabled);
        }

        if (!user.EmailConfirmed)
        {
            // Told only to whoever knows the password: the sign-up is theirs, and they need the code.
            return Refuse(user, address, SignInRefusal.EmailUnconfirmed);
        }

        await throttle.ForgiveAsync(accountKey, address, cancellationToken);
        return new SignInOutcome(user, null);
    }

    /// <summary>A hash made once per process with the current hasher (so with its current work factor).</summary>
    private static string DecoyHash(IPasswordHasher<ApplicationUser> hasher) =>
        _decoyHash ??= hasher.HashPassword(DecoyUser, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    /// <summary>For a refusal decided after a right password (the portal refusing a customer): logged alike.</summary>
    public SignInOutcome Refuse(ApplicationUser? user, string clientAddress, SignInRefusal refusal)
    {
        // The account id when there is one, the address and the reason; never the password, the email or a token.
        logger.LogWarning("Sign-in refused for account {AccountId} from {ClientAddress}: {Reason}",
            user?.Id ?? "unknown", clientAddress, refusal);
        return new SignInOutcome(user, refusal);
    }
}
