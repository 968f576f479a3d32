namespace SupportDesk.Domain.Events;

/// <summary>The event types of the contract, as the shop's systems see them in the feed and in webhooks.</summary>
public static class EventTypes
{
    public const string TicketOpened = "ticket.opened";
    public const string TicketAssigned = "ticket.assigned";
    public const string TicketReturnedToQueue = "ticket.returned_to_queue";
    public const string TicketMessageAdded = "ticket.message_added";
    public const string TicketPriorityChanged = "ticket.priority_changed";
    public const string TicketSlaBreached = "ticket.sla_breached";
    public const string TicketResolved = "ticket.resolved";
    public const string AgentCreated = "agent.created";
    public const string AgentUpdated = "agent.updated";
    public const string AgentRemoved = "agent.removed";
    public const string AgentAvailabilityChanged = "agent.availability_changed";
    public const string OrderImported = "order.imported";
    public const string OrderDeliveryUpdated = "order.delivery_updated";

    /// <summary>
    /// The desk's own signal that a ticket gained an internal note, so a desk showing the ticket refreshes its thread
    /// (live portal). It names the ticket and its agent only, never the note, and no outside reader ever gets it: the
    /// feed leaves it out for everyone, no subscription can name it and <c>*</c> leaves it out.
    /// </summary>
    public const string DeskNoteAdded = "desk.note_added";

    /// <summary>A test event sent to one subscription on request; never in the feed.</summary>
    public const string Ping = "ping";

    /// <summary>In a subscription: every type.</summary>
    public const string Any = "*";

    public const int MaxLength = 64;

    /// <summary>Every type a subscription or a feed filter may name, in the contract's order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        TicketOpened, TicketAssigned, TicketReturnedToQueue, TicketMessageAdded, TicketPriorityChanged,
        TicketSlaBreached, TicketResolved, AgentCreated, AgentUpdated, AgentRemoved, AgentAvailabilityChanged,
        OrderImported, OrderDeliveryUpdated,
    ];

    /// <summary>Events about the desk's staff: only managers read agents, so only they receive these.</summary>
    public static readonly IReadOnlyList<string> ManagersOnly = [AgentCreated, AgentUpdated, AgentRemoved, AgentAvailabilityChanged];

    /// <summary>Events for the desk's own processes only: never in the feed, never delivered.</summary>
    public static readonly IReadOnlyList<string> DeskOnly = [DeskNoteAdded];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);

    public static bool IsForManagersOnly(string type) => ManagersOnly.Contains(type, StringComparer.Ordinal);

    public static bool IsForDeskOnly(string type) => DeskOnly.Contains(type, StringComparer.Ordinal);
}
