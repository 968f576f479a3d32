using SupportDesk.Domain.Emails;

namespace SupportDesk.Application.Emails;

/// <summary>
/// Puts customer emails in the outbox: rendered now from their template, addressed in the customer's name, added
/// to the context so that the caller's save writes them with its change (one transaction). Nothing is added when
/// the desk sends no email.
/// </summary>
public sealed class CustomerEmails(IEmailSending sending)
{
    public bool Enabled => sending.IsConfigured;

    /// <returns>The email added, or null when the desk sends no email.</returns>
    public OutboundEmail? Add(IApplicationDbContext db, string key, string kind, string toAddress, string toName,
        IReadOnlyDictionary<string, string> values, DateTime now)
    {
        if (!sending.IsConfigured)
        {
            return null;
        }

        var email = Create(key, kind, toAddress, toName, values, now);
        db.OutboundEmails.Add(email);
        return email;
    }

    public static OutboundEmail Create(string key, string kind, string toAddress, string toName,
        IReadOnlyDictionary<string, string> values, DateTime now)
    {
        var rendered = EmailTemplates.Render(kind, values);
        return new OutboundEmail(key, kind, toAddress, toName, rendered.Subject, rendered.Text, rendered.Html, now);
    }
}
