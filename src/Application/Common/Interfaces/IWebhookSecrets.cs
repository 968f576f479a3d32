namespace SupportDesk.Application.Common.Interfaces;

/// <summary>Keeps webhook signing secrets unreadable at rest: the database holds them protected, and only the
/// processes of the desk (which hold the keys) read them back to sign.</summary>
public interface IWebhookSecrets
{
    string Protect(string secret);

    string Unprotect(string storedSecret);
}
