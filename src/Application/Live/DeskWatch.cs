using SupportDesk.Domain.Events;

namespace SupportDesk.Application.Live;

/// <summary>
/// Decides which parts of one person's portal page an event refreshes. An agent's desk follows the ticket the agent
/// holds: it hears of a ticket given to the agent, of anything happening to the ticket it shows (a message, a note,
/// the ticket handed back or resolved), and of the agent's own account (removal ends the session). A manager's pages
/// (dashboard, agents, webhook deliveries) hear of every event of the contract.
/// </summary>
public sealed class DeskWatch
{
    private static readonly string[] None = [];
    private static readonly string[] DeskAndThread = [LiveTopics.Desk, LiveTopics.Thread];
    private static readonly string[] ThreadOnly = [LiveTopics.Thread];
    private static readonly string[] DeskOnly = [LiveTopics.Desk];
    private static readonly string[] SignOutOnly = [LiveTopics.SignOut];
    private static readonly string[] StaffPages = [LiveTopics.Dashboard, LiveTopics.Agents, LiveTopics.Deliveries];
    private static readonly string[] DeliveriesOnly = [LiveTopics.Deliveries];

    private readonly Guid? _agentId;

    private DeskWatch(Guid? agentId, Guid? ticketId)
    {
        _agentId = agentId;
        TicketId = ticketId;
    }

    /// <summary>The ticket the agent's desk shows, as far as the events read so far tell.</summary>
    public Guid? TicketId { get; private set; }

    /// <summary>Every topic this page may be told of: sent all at once when the page must catch up wholesale.</summary>
    public IReadOnlyList<string> AllTopics => _agentId is null ? StaffPages : DeskAndThread;

    public static DeskWatch ForAgent(Guid agentId, Guid? currentTicketId) => new(agentId, currentTicketId);

    public static DeskWatch ForManager() => new(null, null);

    /// <summary>Whether this page may be concerned by <paramref name="change"/> at all (used to catch up, when the
    /// ticket shown meanwhile is not known): an agent hears of ticket and agent events, a manager of every event of
    /// the contract.</summary>
    public bool Hears(LiveEvent change) =>
        _agentId is null ? !EventTypes.IsForDeskOnly(change.Type) : change.ConcernsTheDesk;

    /// <summary>The topics <paramref name="change"/> refreshes on this page; none when it does not concern it.</summary>
    public IReadOnlyList<string> TopicsFor(LiveEvent change)
    {
        if (_agentId is not { } agentId)
        {
            return !Hears(change) ? None : change.ConcernsTheDesk ? StaffPages : DeliveriesOnly;
        }

        if (change.AgentId == agentId)
        {
            return change.Type == EventTypes.AgentRemoved ? SignOutOnly : DeskOnly;
        }

        if (change.TicketId is not { } ticketId)
        {
            return None;
        }

        var heldByMe = change.AssignedAgentId == agentId;
        var shown = ticketId == TicketId;
        if (!heldByMe && !shown)
        {
            return None;
        }

        if (heldByMe && change.Type != EventTypes.TicketResolved)
        {
            TicketId = ticketId;
        }
        else if (shown)
        {
            // Resolved, handed back to the queue or to someone else: the desk no longer shows it.
            TicketId = null;
        }

        return change.IsMessage ? ThreadOnly : DeskAndThread;
    }
}
