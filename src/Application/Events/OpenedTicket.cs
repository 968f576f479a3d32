using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Events;

/// <summary>
/// A ticket opened in this save with every object its resource is made of, as its use case holds them: the customer,
/// the order with its lines, and the files put on it. A new ticket has no agent and one history entry, so its event
/// and its "received" email are built from these instead of read back (<see cref="IntegrationEventFactory.Opened"/>,
/// <see cref="Emails.TicketEmails.AddReceived"/>); the answer to the request is built from them too
/// (<see cref="Tickets.Queries.TicketReadModel.Opened"/>), so all three read alike.
/// </summary>
public sealed record OpenedTicket(Ticket Ticket, Customer Customer, Order Order, IReadOnlyCollection<Attachment> Attachments)
{
    public OrderLine Line => Order.Lines.Single(l => l.Id == Ticket.OrderLineId);
}
