namespace SupportDesk.Domain.Tickets;

/// <summary>One line of a ticket's history: what happened, when, and who did it. Never changed once written.</summary>
public sealed class TicketEvent : Entity
{
    private TicketEvent()
    {
        Actor = null!;
    }

    internal TicketEvent(Guid ticketId, TicketEventType type, DateTime at, string actor, string? detail)
    {
        TicketId = ticketId;
        Type = type;
        At = at;
        Actor = Truncate(actor, Limits.ActorLength);
        Detail = detail is null ? null : Truncate(detail, Limits.EventDetailLength);
    }

    public Guid TicketId { get; private set; }

    public TicketEventType Type { get; private set; }

    public DateTime At { get; private set; }

    public string Actor { get; private set; }

    public string? Detail { get; private set; }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
