namespace SupportDesk.Domain.Emails;

/// <summary>Where an email of the outbox is. Pending → Transmitting → Sent; a transmission whose outcome nobody
/// recorded (the process died, the connection broke after the message began) is Uncertain and never sent again.</summary>
public enum EmailStatus
{
    /// <summary>Not yet handed to the mail server; due at <see cref="OutboundEmail.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>The sender is handing it over now. Recorded before the message's first byte leaves.</summary>
    Transmitting,

    /// <summary>The mail server accepted it.</summary>
    Sent,

    /// <summary>It may have been sent: never sent again automatically, so a customer never gets it twice.</summary>
    Uncertain,

    /// <summary>Not sent: the server refused it for good, or it could not be sent within the retry window.</summary>
    Failed,
}
