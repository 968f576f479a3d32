namespace SupportDesk.Infrastructure.Identity;

/// <summary>Why a sign-in was refused. Callers answer every one of them the same way; only the log tells them apart.</summary>
public enum SignInRefusal
{
    UnknownAccount,
    WrongPassword,
    Throttled,

    /// <summary>Locked out for good: a removed agent.</summary>
    AccountDisabled,

    /// <summary>The password was right but this account may not use this door (a customer at the portal).</summary>
    NotAllowedHere,

    /// <summary>The password was right but the account's email is not confirmed yet.</summary>
    EmailUnconfirmed,
}
