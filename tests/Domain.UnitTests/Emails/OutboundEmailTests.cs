using SupportDesk.Domain.Emails;

namespace SupportDesk.Domain.UnitTests.Emails;

/// <summary>An email is sent at most once: Pending → Transmitting → Sent; certainly-not-sent is retried, maybe-sent
/// is uncertain for good.</summary>
public class OutboundEmailTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private static OutboundEmail Email() =>
        new("evt_1:ticket-received", EmailKinds.TicketReceived, "ada@example.com", "Ada Lovelace", "Subject", "Text", "<p>Html</p>", Start);

    [Test]
    public void A_new_email_is_pending_and_due_at_once()
    {
        var email = Email();

        Assert.That((email.Status, email.NextAttemptAt, email.Attempts), Is.EqualTo((EmailStatus.Pending, (DateTime?)Start, 0)));
    }

    [Test]
    public void Transmitting_then_sent_records_the_attempt_and_releases_the_lease()
    {
        var email = Email();

        email.BeginTransmission(Start.AddSeconds(1), Lease);
        Assert.That((email.Status, email.Attempts, email.LeaseUntil), Is.EqualTo((EmailStatus.Transmitting, 1, (DateTime?)Start.AddSeconds(61))));
        email.RecordSent(Start.AddSeconds(2));

        Assert.That((email.Status, email.SentAt, email.NextAttemptAt, email.LeaseUntil),
            Is.EqualTo((EmailStatus.Sent, (DateTime?)Start.AddSeconds(2), (DateTime?)null, (DateTime?)null)));
    }

    [Test]
    public void Not_sent_before_transmitting_counts_an_attempt_and_is_retried_on_the_schedule()
    {
        var email = Email();

        email.RecordNotSent("Could not connect", permanent: false, Start, jitter: 0.5);

        Assert.That((email.Status, email.Attempts, email.NextAttemptAt, email.LastError),
            Is.EqualTo((EmailStatus.Pending, 1, (DateTime?)Start.AddSeconds(5), "Could not connect")));
    }

    [Test]
    public void A_refusal_during_transmission_is_not_sent_and_retried_or_failed_for_good_when_permanent()
    {
        var retried = Email();
        retried.BeginTransmission(Start, Lease);
        retried.RecordNotSent("451 try later", permanent: false, Start, 0.5);
        var refused = Email();
        refused.BeginTransmission(Start, Lease);
        refused.RecordNotSent("550 no such user", permanent: true, Start, 0.5);

        Assert.That((retried.Status, retried.Attempts), Is.EqualTo((EmailStatus.Pending, 1)));
        Assert.That((refused.Status, refused.NextAttemptAt), Is.EqualTo((EmailStatus.Failed, (DateTime?)null)));
    }

    [Test]
    public void After_24_hours_of_failures_it_fails()
    {
        var email = Email();
        var now = Start;
        while (email.Status == EmailStatus.Pending)
        {
            now = email.NextAttemptAt!.Value;
            email.RecordNotSent("down", permanent: false, now, 0.5);
        }

        Assert.That(email.Status, Is.EqualTo(EmailStatus.Failed));
        Assert.That(now - Start, Is.LessThanOrEqualTo(TimeSpan.FromHours(24)));
    }

    [Test]
    public void A_transmission_nobody_saw_end_is_uncertain_and_never_sent_again()
    {
        var email = Email();
        email.BeginTransmission(Start, Lease);

        email.RecordUncertain("connection reset", Start.AddSeconds(5));

        Assert.That((email.Status, email.NextAttemptAt), Is.EqualTo((EmailStatus.Uncertain, (DateTime?)null)));
        Assert.That(() => email.BeginTransmission(Start.AddHours(1), Lease), Throws.InvalidOperationException);
        Assert.That(() => email.RecordNotSent("x", false, Start.AddHours(1), 0), Throws.InvalidOperationException);
    }

    [Test]
    public void A_sent_email_is_never_transmitted_again()
    {
        var email = Email();
        email.BeginTransmission(Start, Lease);
        email.RecordSent(Start);

        Assert.That(() => email.BeginTransmission(Start, Lease), Throws.InvalidOperationException);
    }

    [Test]
    public void An_unknown_kind_is_refused() =>
        Assert.That(() => new OutboundEmail("k", "newsletter", "ada@example.com", "Ada", "S", "T", "H", Start),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
}
