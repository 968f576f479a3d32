using SupportDesk.Application.Emails;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

/// <summary>
/// What a customer reads of a ticket (issue 17, item 3): of the desk's staff only the agent's first name, as in the
/// emails and the conversation (<see cref="TicketEmails.FirstName"/>); of the history only the steps of the customer's
/// own request (opened, taken by an agent, resolved), never the desk's own business (a ticket handed back or over, an
/// agent removed, a priority changed, a target missed) nor the names written in those lines.
/// </summary>
public static class CustomerView
{
    private static readonly HashSet<TicketEventType> Shown = [TicketEventType.Opened, TicketEventType.Assigned, TicketEventType.Resolved];

    public static T ForCustomer<T>(this T summary)
        where T : TicketSummaryDto =>
        summary with { AssignedAgentName = summary.AssignedAgentName is { } name ? TicketEmails.FirstName(name) : null };

    public static TicketDto ForCustomer(this TicketDto ticket)
    {
        var named = ForCustomer<TicketDto>(ticket);
        var history = ticket.History.Where(e => Shown.Contains(e.Type)).ToList();
        var lastAssigned = history.FindLastIndex(e => e.Type == TicketEventType.Assigned);
        return named with
        {
            History = history.Select((e, index) => e.Type switch
            {
                // Earlier agents (a ticket handed over) stay unnamed; the one who holds or resolved it is named.
                TicketEventType.Assigned => e with
                {
                    Actor = Ticket.SystemActor,
                    Detail = index == lastAssigned && named.AssignedAgentName is { } agent ? $"Assigned to {agent}" : "Assigned to an agent",
                },
                TicketEventType.Resolved => e with { Actor = TicketEmails.FirstName(e.Actor) },
                _ => e,
            }).ToList(),
        };
    }
}
