using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Identity;

/// <summary>Counts failed sign-ins in the database (<see cref="SignInFailure"/>) and says when to stop checking passwords.</summary>
public sealed class SignInThrottle(ApplicationDbContext db, IOptions<SignInThrottlingOptions> options, TimeProvider clock)
{
    /// <summary>The account a sign-in names, whether or not it exists: a hash of the normalised email.</summary>
    public static string AccountKey(string normalizedEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)));

    public async Task<bool> IsThrottledAsync(string accountKey, string clientAddress, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddMinutes(-limits.WindowMinutes);
        var accountSince = now.AddMinutes(-limits.AccountWindowMinutes);
        var failures = db.Set<SignInFailure>().AsNoTracking();
        // Three counts, each stopping at its limit (an index behind each): the cost stays small whatever the flood.
        return await failures.Where(f => f.ClientAddress == clientAddress && f.AccountKey == accountKey && f.FailedAt > since)
                   .Take(limits.PerAccountAndAddress).CountAsync(cancellationToken) >= limits.PerAccountAndAddress
               || await failures.Where(f => f.ClientAddress == clientAddress && f.FailedAt > since)
                   .Take(limits.PerAddress).CountAsync(cancellationToken) >= limits.PerAddress
               || await failures.Where(f => f.AccountKey == accountKey && f.FailedAt > accountSince)
                   .Take(limits.PerAccount).CountAsync(cancellationToken) >= limits.PerAccount;
    }

    public async Task RecordFailureAsync(string accountKey, string clientAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Failures older than every window count for nothing: each new one sweeps them away.
        var expired = now.AddMinutes(-Math.Max(options.Value.WindowMinutes, options.Value.AccountWindowMinutes));
        await db.Set<SignInFailure>().Where(f => f.FailedAt < expired).ExecuteDeleteAsync(cancellationToken);
        db.Set<SignInFailure>().Add(SignInFailure.Record(accountKey, clientAddress, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A success from an address forgives that address's earlier failures on the account.</summary>
    public Task ForgiveAsync(string accountKey, string clientAddress, CancellationToken cancellationToken) =>
        db.Set<SignInFailure>().Where(f => f.AccountKey == accountKey && f.ClientAddress == clientAddress)
            .ExecuteDeleteAsync(cancellationToken);
}
