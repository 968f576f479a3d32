namespace SupportDesk.Application.Common.Security;

/// <summary>Stable codes of the sign-up confirmation, as clients see them in problem responses.</summary>
public static class AccountErrorCodes
{
    /// <summary>The password is right but the account's email is not confirmed yet (POST /api/auth/confirm-email).</summary>
    public const string EmailUnconfirmed = "account.email_unconfirmed";

    /// <summary>A confirmation code that is wrong, expired, used up or for no pending account: which is not told.</summary>
    public const string ConfirmationInvalid = "account.confirmation_invalid";
}
