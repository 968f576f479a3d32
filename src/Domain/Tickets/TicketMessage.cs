namespace SupportDesk.Domain.Tickets;

/// <summary>One message of a ticket's conversation, or an internal note the customer never sees. Written through
/// <see cref="Ticket.AddMessage"/>, which holds the rules; never changed once written.</summary>
public sealed class TicketMessage : Entity
{
    public const int BodyLength = 4000;

    private TicketMessage()
    {
        AuthorName = null!;
        AuthorAccountId = null!;
        Body = null!;
    }

    internal TicketMessage(Guid ticketId, MessageAuthor author, string body, bool isInternal, DateTime now)
    {
        TicketId = ticketId;
        AuthorRole = author.Role;
        AuthorName = author.Name.Length <= Limits.NameLength ? author.Name : author.Name[..Limits.NameLength];
        AuthorAccountId = author.AccountId;
        Body = body;
        Internal = isInternal;
        CreatedAt = now;
    }

    public Guid TicketId { get; private set; }

    public MessageAuthorRole AuthorRole { get; private set; }

    /// <summary>The author's name as it was when writing.</summary>
    public string AuthorName { get; private set; }

    /// <summary>The account that wrote it.</summary>
    public string AuthorAccountId { get; private set; }

    public string Body { get; private set; }

    /// <summary>A note between staff: never shown to the customer, in any answer, event or email.</summary>
    public bool Internal { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
