using System.Globalization;
using SupportDesk.Application.Emails;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Emails;

namespace SupportDesk.Application.Customers;

/// <summary>
/// The sign-up emails: a confirmation code, or "you already have an account". Both are limited per address
/// (<see cref="SignUpPolicy.MaxEmailsPerHour"/>): beyond it nothing is sent, and the caller still answers 202, so
/// nobody can flood a stranger's inbox or learn anything from the answer.
/// </summary>
public sealed class SignUpEmails(CustomerEmails emails, SignUpPolicy policy)
{
    public async Task<bool> MaySendAsync(IApplicationDbContext db, string email, DateTime now, CancellationToken cancellationToken)
    {
        if (!emails.Enabled)
        {
            return false;
        }

        var since = now.AddHours(-1);
        var sent = await db.OutboundEmails.CountAsync(e => e.ToAddress == email && e.CreatedAt > since
            && (e.Kind == EmailKinds.SignUpCode || e.Kind == EmailKinds.AlreadyRegistered), cancellationToken);
        return sent < policy.MaxEmailsPerHour;
    }

    /// <summary>A new code for the account, superseding the ones sent before.</summary>
    public async Task SendCodeAsync(IApplicationDbContext db, string userId, string email, string fullName, DateTime now,
        CancellationToken cancellationToken)
    {
        var open = await db.EmailConfirmations.Where(c => c.UserId == userId && c.ClosedAt == null).ToListAsync(cancellationToken);
        open.ForEach(c => c.Supersede(now));
        var code = EmailConfirmation.NewCode();
        var confirmation = new EmailConfirmation(userId, EmailConfirmation.Hash(code), now, policy.CodeLifetime);
        db.EmailConfirmations.Add(confirmation);
        emails.Add(db, $"confirmation:{confirmation.Id}", EmailKinds.SignUpCode, email, fullName, new Dictionary<string, string>
        {
            ["customerName"] = fullName,
            ["code"] = code,
            ["minutes"] = ((int)policy.CodeLifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture),
        }, now);
    }

    public void SendAlreadyRegistered(IApplicationDbContext db, string email, string fullName, DateTime now) =>
        emails.Add(db, $"already-registered:{Guid.CreateVersion7()}", EmailKinds.AlreadyRegistered, email, fullName,
            new Dictionary<string, string> { ["customerName"] = fullName }, now);
}
