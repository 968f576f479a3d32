using System.Text.Json;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using SupportDesk.Application.Agents.Queries;
using SupportDesk.Application.Orders.Queries;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Events;

/// <summary>
/// Turns what an aggregate raised into the event the shop's systems receive, with the resource as the API returns
/// it. Called by persistence after the change is written and before its transaction commits, so <c>data</c> is read
/// back exactly as committed, in the same transaction.
/// </summary>
public sealed class IntegrationEventFactory(IMapper mapper, ReturnPolicy policy)
{
    public const string TicketSubject = "ticket";
    public const string AgentSubject = "agent";
    public const string OrderSubject = "order";

    /// <summary>The event for <paramref name="domainEvent"/>, or null when the shop's systems are not told of it.</summary>
    public async Task<IntegrationEvent?> CreateAsync(IDomainEvent domainEvent, IApplicationDbContext db, DateTime now,
        CancellationToken cancellationToken)
    {
        switch (domainEvent)
        {
            case TicketChanged ticket:
                var ticketData = await db.Tickets.Where(t => t.Id == ticket.TicketId).FindDetailAsync(db, mapper, now, cancellationToken)
                    ?? throw new InvalidOperationException($"Ticket {ticket.TicketId} was not saved before its event.");
                if (ticket.Target is { } target)
                {
                    // A breach names the target missed beside the ticket: the ticket resource plus "target".
                    var breach = JsonSerializer.SerializeToNode(ticketData, EventJson.Options)!.AsObject();
                    breach["target"] = JsonSerializer.SerializeToNode(target, EventJson.Options);
                    return Create(TypeOf(ticket.Change), TicketSubject, ticket.TicketId, breach, now);
                }

                return Create(TypeOf(ticket.Change), TicketSubject, ticket.TicketId, ticketData, now);
            case TicketMessageAdded { Internal: false } message:
                // Internal notes are the staff's: no event of the contract, so no feed entry, webhook or email carries one.
                var messageTicket = await db.Tickets.Where(t => t.Id == message.TicketId).FindDetailAsync(db, mapper, now, cancellationToken)
                    ?? throw new InvalidOperationException($"Ticket {message.TicketId} was not saved before its event.");
                return Create(EventTypes.TicketMessageAdded, TicketSubject, message.TicketId, messageTicket, now);
            case TicketMessageAdded { Internal: true } note:
                // Only the desk's live pages hear of a note, by ticket and agent; the note itself is never in an event.
                var holder = await db.Tickets.AsNoTracking().Where(t => t.Id == note.TicketId)
                    .Select(t => t.AssignedAgentId).SingleAsync(cancellationToken);
                return Create(EventTypes.DeskNoteAdded, TicketSubject, note.TicketId, new DeskNoteSignal(note.TicketId, holder), now);
            case AgentChanged agent:
                var agentData = await db.Agents.AsNoTracking().Where(a => a.Id == agent.AgentId).ToDtos(db)
                    .SingleAsync(cancellationToken);
                return Create(TypeOf(agent.Change), AgentSubject, agent.AgentId, agentData, now);
            case OrderImported order:
                return Create(EventTypes.OrderImported, OrderSubject, order.OrderId,
                    await ReadOrderAsync(db, order.OrderId, cancellationToken), now);
            case OrderDeliveryUpdated delivery:
                return Create(EventTypes.OrderDeliveryUpdated, OrderSubject, delivery.OrderId,
                    await ReadOrderAsync(db, delivery.OrderId, cancellationToken), now);
            default:
                return null;
        }
    }

    /// <summary>The <c>ticket.opened</c> event of a ticket opened in this save, from the objects in memory: the resource
    /// the request answers with, so the event reads as the answer did (and as the ticket read back would).</summary>
    public IntegrationEvent Opened(OpenedTicket opened, DateTime now) =>
        Create(EventTypes.TicketOpened, TicketSubject, opened.Ticket.Id,
            TicketReadModel.Opened(opened.Ticket, opened.Customer, opened.Order, opened.Attachments, mapper, now), now);

    public static string TypeOf(TicketEventType change) => change switch
    {
        TicketEventType.Opened => EventTypes.TicketOpened,
        TicketEventType.Assigned => EventTypes.TicketAssigned,
        TicketEventType.ReturnedToQueue => EventTypes.TicketReturnedToQueue,
        TicketEventType.Resolved => EventTypes.TicketResolved,
        TicketEventType.PriorityChanged => EventTypes.TicketPriorityChanged,
        TicketEventType.SlaBreached => EventTypes.TicketSlaBreached,
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "No event type for this ticket change."),
    };

    public static string TypeOf(AgentChange change) => change switch
    {
        AgentChange.Created => EventTypes.AgentCreated,
        AgentChange.Updated => EventTypes.AgentUpdated,
        AgentChange.Removed => EventTypes.AgentRemoved,
        AgentChange.AvailabilityChanged => EventTypes.AgentAvailabilityChanged,
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "No event type for this agent change."),
    };

    private async Task<OrderDto> ReadOrderAsync(IApplicationDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        (await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .ProjectTo<OrderDto>(mapper.ConfigurationProvider).SingleAsync(cancellationToken)).WithReturnWindow(policy);

    private static IntegrationEvent Create<T>(string type, string subject, Guid id, T data, DateTime now) =>
        new(type, IntegrationEvent.SubjectOf(subject, id), JsonSerializer.Serialize(data, EventJson.Options), now);
}
