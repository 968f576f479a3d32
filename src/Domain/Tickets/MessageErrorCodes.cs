namespace SupportDesk.Domain.Tickets;

/// <summary>Stable codes of the conversation's rules, as clients see them in problems.</summary>
public static class MessageErrorCodes
{
    /// <summary>The ticket is resolved: it takes no more messages or files.</summary>
    public const string TicketResolved = "message.ticket_resolved";

    /// <summary>This author may not write this kind of message (a customer's internal note, a manager's public one).</summary>
    public const string NotAllowed = "message.not_allowed";

    /// <summary>The message text is empty, too long or holds control characters.</summary>
    public const string Invalid = "message.invalid";
}
