namespace SupportDesk.Domain.Emails;

/// <summary>What an email to a customer is about; also the name of its template.</summary>
public static class EmailKinds
{
    public const string TicketReceived = "ticket-received";
    public const string TicketAssigned = "ticket-assigned";
    public const string AgentMessage = "ticket-message";
    public const string TicketResolved = "ticket-resolved";
    public const string SignUpCode = "sign-up-code";
    public const string AlreadyRegistered = "already-registered";

    public const int MaxLength = 32;

    public static readonly IReadOnlyList<string> All =
        [TicketReceived, TicketAssigned, AgentMessage, TicketResolved, SignUpCode, AlreadyRegistered];
}
