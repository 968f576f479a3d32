namespace SupportDesk.Domain.Tickets;

/// <summary>The return window of the order closed before the ticket was opened; carries its last instant so a
/// client can say until when the items could have been returned.</summary>
public sealed class ReturnWindowClosedException(string orderNumber, DateTime returnableUntil)
    : DomainException(TicketErrorCodes.ReturnWindowClosed,
        $"The return window of order {orderNumber} closed on {returnableUntil:yyyy-MM-dd} (end of day, UTC).")
{
    /// <summary>The last instant a ticket could be opened: the end of the window's last day, UTC.</summary>
    public DateTime ReturnableUntil { get; } = returnableUntil;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object?> Details =>
        new Dictionary<string, object?> { ["returnableUntil"] = ReturnableUntil };
}
