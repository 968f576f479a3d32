using SupportDesk.Application.Events;
using SupportDesk.Domain.Emails;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Emails;

/// <summary>
/// The emails a ticket's change sends its customer, written by the outbox with the change's integration event (so
/// in its transaction) and keyed by that event: at most one email of a kind per event. Staff are named by first
/// name only, and never by email address.
/// </summary>
public sealed class TicketEmails(CustomerEmails emails)
{
    public const string OurTeam = "our team";

    /// <returns>The email added for <paramref name="change"/>, or null when this change sends none.</returns>
    public async Task<OutboundEmail?> AddAsync(TicketChanged change, IntegrationEvent integrationEvent, IApplicationDbContext db,
        DateTime now, CancellationToken cancellationToken)
    {
        var kind = change.Change switch
        {
            TicketEventType.Opened => EmailKinds.TicketReceived,
            TicketEventType.Assigned => EmailKinds.TicketAssigned,
            TicketEventType.Resolved => EmailKinds.TicketResolved,
            _ => null,
        };
        if (kind is null || !emails.Enabled)
        {
            return null;
        }

        var ticket = await (from t in db.Tickets.AsNoTracking()
                            where t.Id == change.TicketId
                            join c in db.Customers on t.CustomerId equals c.Id
                            join l in db.OrderLines on t.OrderLineId equals l.Id
                            select new
                            {
                                t.Number, t.Quantity, t.Outcome, t.ResolutionNote, t.AssignedAgentId,
                                CustomerName = c.FullName, CustomerEmail = c.Email, l.ProductName,
                                AgentName = db.Agents.Where(a => a.Id == t.AssignedAgentId).Select(a => a.FullName).FirstOrDefault(),
                            }).SingleAsync(cancellationToken);
        var values = Values(ticket.CustomerName, ticket.Number, ticket.ProductName, ticket.Quantity, ticket.AgentName);
        if (change.Change == TicketEventType.Resolved)
        {
            var outcome = ticket.Outcome ?? throw new InvalidOperationException($"Ticket {ticket.Number} is resolved without an outcome.");
            values["outcome"] = OutcomeInWords(outcome);
            values["outcomeExplained"] = OutcomeExplained(outcome);
            values["note"] = ticket.ResolutionNote ?? string.Empty;
        }

        return emails.Add(db, KeyOf(integrationEvent, kind), kind, ticket.CustomerEmail, ticket.CustomerName, values, now);
    }

    /// <summary>The "received" email of a ticket opened in this save, from the objects in memory (nothing read back).</summary>
    /// <returns>The email added, or null when no email is sent.</returns>
    public OutboundEmail? AddReceived(OpenedTicket opened, IntegrationEvent integrationEvent, IApplicationDbContext db, DateTime now)
    {
        if (!emails.Enabled)
        {
            return null;
        }

        var (ticket, customer) = (opened.Ticket, opened.Customer);
        return emails.Add(db, KeyOf(integrationEvent, EmailKinds.TicketReceived), EmailKinds.TicketReceived, customer.Email,
            customer.FullName, Values(customer.FullName, ticket.Number, opened.Line.ProductName, ticket.Quantity, agentName: null), now);
    }

    /// <summary>A message the agent wrote to the customer (never an internal note, never the customer's own).</summary>
    /// <returns>The email added, or null when this message sends none.</returns>
    public async Task<OutboundEmail?> AddAsync(TicketMessageAdded added, IntegrationEvent integrationEvent, IApplicationDbContext db,
        DateTime now, CancellationToken cancellationToken)
    {
        if (added.Internal || added.AuthorRole != MessageAuthorRole.Agent || !emails.Enabled)
        {
            return null;
        }

        var message = await (from m in db.TicketMessages.AsNoTracking()
                             where m.Id == added.MessageId && !m.Internal
                             join t in db.Tickets on m.TicketId equals t.Id
                             join c in db.Customers on t.CustomerId equals c.Id
                             select new { t.Number, m.Body, m.AuthorName, CustomerName = c.FullName, CustomerEmail = c.Email })
            .SingleAsync(cancellationToken);
        return emails.Add(db, KeyOf(integrationEvent, EmailKinds.AgentMessage), EmailKinds.AgentMessage, message.CustomerEmail,
            message.CustomerName, new Dictionary<string, string>
            {
                ["customerName"] = message.CustomerName,
                ["ticketNumber"] = message.Number,
                ["agentName"] = FirstName(message.AuthorName),
                ["message"] = message.Body,
            }, now);
    }

    private static Dictionary<string, string> Values(string customerName, string ticketNumber, string productName, int quantity,
        string? agentName) => new()
        {
            ["customerName"] = customerName,
            ["ticketNumber"] = ticketNumber,
            ["productName"] = productName,
            ["quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["agentName"] = FirstName(agentName),
        };

    /// <summary>One email of a kind per event.</summary>
    public static string KeyOf(IntegrationEvent integrationEvent, string kind) => $"{integrationEvent.EventId}:{kind}";

    /// <summary>An agent's first name, or "our team": the customer learns no more about the desk's staff.</summary>
    public static string FirstName(string? fullName) =>
        string.IsNullOrWhiteSpace(fullName) ? OurTeam : fullName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    /// <summary>The outcome as the email's sentence says it: the desk's words in lower case, and a rejection said
    /// gently ("return declined").</summary>
    public static string OutcomeInWords(ResolutionOutcome outcome) =>
        outcome == ResolutionOutcome.Rejected ? "return declined" : ResolutionOutcomeWords.Of(outcome).ToLowerInvariant();

    public static string OutcomeExplained(ResolutionOutcome outcome) => outcome switch
    {
        ResolutionOutcome.Refund => "You will be refunded for the returned items.",
        ResolutionOutcome.Replacement => "We will send you a replacement.",
        ResolutionOutcome.StoreCredit => "The value of the returned items is credited to your store account.",
        ResolutionOutcome.Rejected => "We could not accept this return.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "No words for this outcome."),
    };
}
