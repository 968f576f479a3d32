namespace SupportDesk.Domain.Tickets;

/// <summary>Rule 1: the workflow is Open → InProgress → Resolved (and InProgress → Open only when the holder is removed or a manager hands the ticket back).</summary>
public sealed class InvalidTicketTransitionException(string ticketNumber, TicketStatus from, TicketStatus to)
    : DomainException(TicketErrorCodes.InvalidTransition,
        $"Ticket {ticketNumber} is {Describe(from)} and cannot become {Describe(to)}.")
{
    public TicketStatus From { get; } = from;

    public TicketStatus To { get; } = to;

    private static string Describe(TicketStatus status) => status switch
    {
        TicketStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
