using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SupportDesk.Domain.Emails;
using SupportDesk.Infrastructure.Data;

namespace SupportDesk.Infrastructure.Emails;

/// <summary>
/// Sends a leased batch over one connection, recording each email's stage in the database before the next:
/// connect (a failure sends nothing: every email of the batch is retried later); then for each email, save
/// <see cref="EmailStatus.Transmitting"/> (only while the lease is still ours), hand it over, save
/// <see cref="EmailStatus.Sent"/>. A refusal answered by the server is "not sent" and retried (or failed for good on a
/// 5xx); a connection lost while handing over is "uncertain" and never repeated; a process killed in between leaves
/// Transmitting behind, which <see cref="EmailDispatcher.RecoverAsync"/> makes uncertain once the lease expires.
/// Only the email at hand is tracked: every save compares what is tracked, so a batch tracked whole made each of its
/// 2n saves compare all n emails (measured at 7.6 % of the API's CPU while opening tickets).
/// </summary>
public sealed class EmailSender(
    ApplicationDbContext db,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailSender> logger)
{
    /// <returns>The emails the server accepted.</returns>
    public async Task<int> SendAsync(IReadOnlyList<Guid> leased, string leaseOwner, CancellationToken cancellationToken)
    {
        var emails = await db.OutboundEmails.AsNoTracking()
            .Where(e => leased.Contains(e.Id) && e.LeaseOwner == leaseOwner && e.Status == EmailStatus.Pending)
            .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        if (emails.Count == 0)
        {
            return 0;
        }

        IEmailConnection connection;
        try
        {
            connection = await transport.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Email server unreachable ({Error}); {Count} emails are tried again later", ex.Message, emails.Count);
            var now = clock.GetUtcNow().UtcDateTime;
            db.OutboundEmails.AttachRange(emails);
            emails.ForEach(e => e.RecordNotSent($"Could not connect: {ex.Message}", permanent: false, now, Random.Shared.NextDouble()));
            await SaveAsync(cancellationToken);
            return 0;
        }

        var sent = 0;
        await using (connection)
        {
            var sender = options.Value.Sender();
            foreach (var email in emails)
            {
                db.OutboundEmails.Attach(email);
                email.BeginTransmission(clock.GetUtcNow().UtcDateTime, EmailDeliveryRun.TransmissionLease(options.Value));
                if (!await SaveAsync(cancellationToken))
                {
                    // The lease is gone (this process stalled past it): its new holder sends the rest.
                    return sent;
                }

                try
                {
                    await connection.SendAsync(Message(email, sender), cancellationToken);
                    email.RecordSent(clock.GetUtcNow().UtcDateTime);
                    sent++;
                }
                catch (EmailRefusedException ex)
                {
                    email.RecordNotSent(ex.Message, ex.Permanent, clock.GetUtcNow().UtcDateTime, Random.Shared.NextDouble());
                    if (email.Status == EmailStatus.Failed)
                    {
                        logger.LogWarning("Email {EmailId} failed for good after {Attempts} attempts: {Error}", email.Id, email.Attempts, ex.Message);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The message may be at the server, or not: recorded as such, never sent again, and the rest of the
                    // batch waits for a fresh connection (their leases are released by not-sent records).
                    email.RecordUncertain($"The connection failed while handing the email over: {ex.Message}", clock.GetUtcNow().UtcDateTime);
                    logger.LogWarning("Email {EmailId} may or may not have been sent ({Error}); it is not sent again", email.Id, ex.Message);
                    await SaveAsync(CancellationToken.None);
                    db.Entry(email).State = EntityState.Detached;
                    await ReleaseAsync(emails.Where(e => e.Status == EmailStatus.Pending).ToList(), ex.Message);
                    return sent;
                }

                // Recorded whatever the caller's token says: the server has the message, the database must know it.
                if (!await SaveAsync(CancellationToken.None))
                {
                    return sent;
                }

                db.Entry(email).State = EntityState.Detached;
            }
        }

        return sent;
    }

    /// <summary>The message of an email row. Its Message-ID is the row's own, so it is the same for every attempt.</summary>
    public static MimeMessage Message(OutboundEmail email, MailboxAddress sender)
    {
        var message = new MimeMessage();
        message.From.Add(sender);
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        message.Date = new DateTimeOffset(email.CreatedAt, TimeSpan.Zero);
        message.MessageId = MessageIdOf(email, sender);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }

    public static string MessageIdOf(OutboundEmail email, MailboxAddress sender)
    {
        var at = sender.Address.LastIndexOf('@');
        var domain = at >= 0 && at < sender.Address.Length - 1 ? sender.Address[(at + 1)..] : "supportdesk.local";
        return $"{email.Id:N}@{domain}";
    }

    private async Task ReleaseAsync(List<OutboundEmail> rest, string error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboundEmails.AttachRange(rest);
        foreach (var email in rest)
        {
            // Not begun: certainly not sent; due again after the shortest delay of its attempt (counted as an attempt,
            // so a server that keeps dropping connections still runs out the retry window).
            email.RecordNotSent($"Not sent: the connection failed before its turn ({error})", permanent: false, now, 0);
        }

        await SaveAsync(CancellationToken.None);
    }

    /// <returns>False when another process holds the lease now (nothing of ours is saved).</returns>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("An email's lease was lost; its new holder sends it");
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
