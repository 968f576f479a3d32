namespace SupportDesk.Infrastructure.Identity;

/// <summary>
/// One failed sign-in: for which account (a hash of the normalised email, so that unknown emails are throttled
/// alike and no typed address is stored), from which client address, when. Kept in the database so that every
/// process of the desk counts the same failures.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; private set; }

    public string AccountKey { get; private set; } = string.Empty;

    public string ClientAddress { get; private set; } = string.Empty;

    public DateTime FailedAt { get; private set; }

    public static SignInFailure Record(string accountKey, string clientAddress, DateTime failedAt) =>
        new() { AccountKey = accountKey, ClientAddress = clientAddress, FailedAt = failedAt };
}
