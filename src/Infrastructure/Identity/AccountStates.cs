using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SupportDesk.Infrastructure.Identity;

/// <summary>
/// The accounts' states as the bearer-token check last read them, kept <see cref="AccountCheckOptions.AccountCheckSeconds"/>
/// so a busy caller is not one more database read per request. Whatever changes an account in this process forgets
/// it at once (<see cref="IdentityService"/>); a change made by another process is seen when the entry expires.
/// An account not found is never kept.
/// </summary>
public sealed class AccountStates(IMemoryCache cache, IOptions<AccountCheckOptions> options)
{
    public async Task<AccountState?> GetAsync(string userId, Func<CancellationToken, Task<AccountState?>> read,
        CancellationToken cancellationToken)
    {
        var seconds = options.Value.AccountCheckSeconds;
        if (seconds == 0)
        {
            return await read(cancellationToken);
        }

        if (cache.TryGetValue(Key(userId), out AccountState? kept))
        {
            return kept;
        }

        var state = await read(cancellationToken);
        if (state is not null)
        {
            cache.Set(Key(userId), state, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds),
                Size = 1,
            });
        }

        return state;
    }

    public void Forget(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "account-state:" + userId;
}
