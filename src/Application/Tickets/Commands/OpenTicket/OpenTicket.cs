using AutoMapper;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Models;
using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Conversation;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Commands.OpenTicket;

/// <summary>A customer asks to return items of a line of one of their orders. The ticket waits in the queue
/// and the assignment job is asked to run at once. Refused (409) on a final-sale line and after the return window of
/// the reason (<see cref="ReturnPolicy"/>); the latter problem carries <c>returnableUntil</c>.</summary>
/// <param name="OrderId">One of the customer's own orders.</param>
/// <param name="OrderLineId">The line of that order to return items of.</param>
/// <param name="Quantity">How many items, at most what the line's other tickets have not claimed.</param>
/// <param name="Reason">Why the items are returned.</param>
/// <param name="Description">What is wrong, in the customer's words.</param>
/// <param name="AttachmentIds">Files uploaded first (<c>POST /api/attachments</c>) to put on the ticket, e.g. photos
/// of the damage; at most 10.</param>
[Authorize(Roles = Roles.Customer)]
public sealed record OpenTicketCommand(Guid OrderId, Guid OrderLineId, int Quantity, ReturnReason Reason, string Description,
    IReadOnlyList<Guid>? AttachmentIds = null)
    : IRequest<TicketDto>;

public sealed class OpenTicketHandler(
    IApplicationDbContext db,
    IOrderLineLocks lines,
    CurrentActor actor,
    IAssignmentTrigger assignment,
    TimeProvider clock,
    IMapper mapper,
    ReturnPolicy policy,
    ServiceLevelPolicy serviceLevels,
    IDeskMetrics metrics,
    ILogger<OpenTicketHandler> logger) : IRequestHandler<OpenTicketCommand, TicketDto>
{
    /// <summary>Tickets opened at once on the same line take turns on the line's lock (<see cref="IOrderLineLocks"/>),
    /// so each reads what the previous one left and none is refused for being concurrent. A drawn ticket number that
    /// is taken (one chance in a million at a million tickets), or a deadlock the database breaks, fails the save and
    /// is tried again from the start.</summary>
    internal const int MaxAttempts = 3;

    public async Task<TicketDto> Handle(OpenTicketCommand request, CancellationToken cancellationToken)
    {
        var customer = await actor.GetCustomerAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            Ticket ticket;
            Domain.Orders.Order order;
            List<Attachment> attachments;
            await using (var claim = await lines.LockAsync(request.OrderId, request.OrderLineId, cancellationToken))
            {
                // Another customer's order is "not found", never "forbidden": its existence is not revealed.
                order = await db.Orders.Include(o => o.Lines)
                    .SingleOrDefaultAsync(o => o.Id == request.OrderId && o.CustomerId == customer.Id, cancellationToken)
                    ?? throw new NotFoundException("Order", request.OrderId);

                // To the microsecond, as the database keeps it: the answer below is built from these objects and must
                // read the same as the ticket read back later.
                var now = StoredTime.Now(clock);
                attachments = await db.LoadAttachmentsAsync(request.AttachmentIds, cancellationToken);
                ticket = Ticket.Open(TicketNumber.New(), customer, order, request.OrderLineId, request.Quantity, request.Reason,
                    request.Description, policy, now, attachments, serviceLevels);
                db.Tickets.Add(ticket);
                try
                {
                    // A concurrency conflict now means the line changed without its lock (another use case).
                    await db.SaveOrConflictAsync(Conflicts.OrderLineBusy, cancellationToken);
                    await claim.CommitAsync(cancellationToken);
                }
                catch (Exception ex) when ((ex is ConflictException or DbUpdateException) && attempt < MaxAttempts)
                {
                    // The line's claims changed (the conflict), the ticket number was taken or the database broke a
                    // deadlock (the refused write): reload and try again; after the last attempt it goes to the caller.
                    db.DiscardChanges();
                    continue;
                }
            }

            logger.LogInformation("Ticket {TicketNumber} opened by customer {CustomerId}", ticket.Number, customer.Id);
            metrics.TicketOpened(ticket.Priority);
            await assignment.RequestAssignmentAsync(cancellationToken);
            return TicketReadModel.Opened(ticket, customer, order, attachments, mapper, clock.GetUtcNow().UtcDateTime);
        }
    }
}
