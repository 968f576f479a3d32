using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Domain.Emails;

/// <summary>
/// One email to a customer, written in the transaction of the change it tells of (the email outbox) and rendered
/// then, so what is sent is what was true when it happened. Its <see cref="Key"/> is unique: one event gives at
/// most one email of a kind. It is sent at most once: the sender records <see cref="EmailStatus.Transmitting"/>
/// before the message leaves, and a transmission nobody saw end is <see cref="EmailStatus.Uncertain"/>, never
/// repeated. Failures before that point are retried on the webhooks' <see cref="RetrySchedule"/>.
/// </summary>
public sealed class OutboundEmail : Entity
{
    public const int KeyLength = 100;
    public const int SubjectLength = 200;
    public const int ErrorLength = 500;

    private OutboundEmail()
    {
        Key = null!;
        Kind = null!;
        ToAddress = null!;
        ToName = null!;
        Subject = null!;
        TextBody = null!;
        HtmlBody = null!;
    }

    public OutboundEmail(string key, string kind, string toAddress, string toName, string subject, string textBody,
        string htmlBody, DateTime now)
    {
        Key = Guard.NotBlank(key, "email.invalid", "Key", KeyLength);
        Kind = EmailKinds.All.Contains(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown email kind.");
        ToAddress = Guard.Email(toAddress, "email.invalid");
        ToName = Guard.NotBlank(toName, "email.invalid", "Name", Limits.NameLength);
        Subject = Guard.NotBlank(subject, "email.invalid", "Subject", SubjectLength);
        TextBody = textBody ?? throw new ArgumentNullException(nameof(textBody));
        HtmlBody = htmlBody ?? throw new ArgumentNullException(nameof(htmlBody));
        Status = EmailStatus.Pending;
        CreatedAt = Guard.Utc(now);
        NextAttemptAt = now;
    }

    /// <summary>Unique: what the email is for (<c>{eventId}:{kind}</c>, <c>confirmation:{id}</c>).</summary>
    public string Key { get; private set; }

    public string Kind { get; private set; }

    public string ToAddress { get; private set; }

    public string ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    public EmailStatus Status { get; private set; }

    /// <summary>Transmissions begun, counting those the server refused.</summary>
    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When it is due; null once sent, uncertain or failed.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>The process sending it, while it holds the lease.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    /// <summary>The connection is ready (server greeted, authenticated): from here the message may reach the
    /// customer, so this is saved before a byte of it is written. The lease is renewed for the hand-over: should it
    /// expire with the email still transmitting, the sender is presumed dead and the email uncertain.</summary>
    public void BeginTransmission(DateTime now, TimeSpan lease)
    {
        Ensure(EmailStatus.Pending);
        Status = EmailStatus.Transmitting;
        Attempts++;
        LastAttemptAt = Guard.Utc(now);
        LeaseUntil = now + lease;
    }

    /// <summary>The mail server accepted the message.</summary>
    public void RecordSent(DateTime now)
    {
        Ensure(EmailStatus.Transmitting);
        Status = EmailStatus.Sent;
        SentAt = Guard.Utc(now);
        NextAttemptAt = null;
        LastError = null;
        ReleaseLease();
    }

    /// <summary>Not sent, and certainly not: the server could not be reached or refused the message with an answer.
    /// Tried again on the retry schedule, within 24 hours of its creation; a refusal for good fails it now.</summary>
    public void RecordNotSent(string error, bool permanent, DateTime now, double jitter)
    {
        if (Status is not (EmailStatus.Pending or EmailStatus.Transmitting))
        {
            throw new InvalidOperationException($"Email {Id} is {Status}: no failure is recorded.");
        }

        Guard.Utc(now);
        if (Status == EmailStatus.Pending)
        {
            // Failed before the transmission began (no connection): counts as an attempt all the same.
            Attempts++;
            LastAttemptAt = now;
        }

        LastError = Truncate(error);
        ReleaseLease();
        NextAttemptAt = permanent ? null : RetrySchedule.Next(Attempts, CreatedAt, now, jitter);
        Status = NextAttemptAt is null ? EmailStatus.Failed : EmailStatus.Pending;
    }

    /// <summary>The transmission began and nobody knows how it ended: the customer may have the email. It is not
    /// sent again automatically.</summary>
    public void RecordUncertain(string reason, DateTime now)
    {
        Ensure(EmailStatus.Transmitting);
        Guard.Utc(now);
        Status = EmailStatus.Uncertain;
        LastError = Truncate(reason);
        NextAttemptAt = null;
        ReleaseLease();
    }

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }

    private void Ensure(EmailStatus status)
    {
        if (Status != status)
        {
            throw new InvalidOperationException($"Email {Id} is {Status}, not {status}.");
        }
    }

    private static string Truncate(string value) => value.Length <= ErrorLength ? value : value[..ErrorLength];
}
