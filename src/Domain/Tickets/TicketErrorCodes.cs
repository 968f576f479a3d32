namespace SupportDesk.Domain.Tickets;

/// <summary>Stable codes of the ticket rules, as clients see them in problem responses.</summary>
public static class TicketErrorCodes
{
    public const string InvalidTransition = "ticket.invalid_transition";
    public const string NotHolder = "ticket.not_holder";
    public const string OrderNotOwned = "ticket.order_not_owned";
    public const string OrderLineNotFound = "ticket.order_line_not_found";
    public const string InvalidQuantity = "ticket.invalid_quantity";
    public const string QuantityExceeded = "ticket.quantity_exceeded";
    public const string Invalid = "ticket.invalid";

    /// <summary>The order's return window for this reason has closed.</summary>
    public const string ReturnWindowClosed = "ticket.return_window_closed";

    /// <summary>The line is a final sale.</summary>
    public const string LineNotReturnable = "ticket.line_not_returnable";

    /// <summary>Another request changed the ticket between this one's read and its save.</summary>
    public const string Changed = "ticket.changed";

    /// <summary>The order line's other tickets changed while this one was being opened on it.</summary>
    public const string BusyLine = "ticket.busy_line";
}
