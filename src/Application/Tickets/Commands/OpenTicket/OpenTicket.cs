using AutoMapper;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Commands.OpenTicket;

/// <summary>A customer asks to return items of a line of one of their orders. The ticket waits in the queue
/// and the assignment job is asked to run at once.</summary>
[Authorize(Roles = Roles.Customer)]
public sealed record OpenTicketCommand(Guid OrderId, Guid OrderLineId, int Quantity, ReturnReason Reason, string Description)
    : IRequest<TicketDto>;

public sealed class OpenTicketHandler(
    IApplicationDbContext db,
    CurrentActor actor,
    IAssignmentTrigger assignment,
    TimeProvider clock,
    IMapper mapper,
    ILogger<OpenTicketHandler> logger) : IRequestHandler<OpenTicketCommand, TicketDto>
{
    /// <summary>Two tickets opened at once on the same line race on the line's claimed quantity; the loser reloads
    /// the line and is checked again against what is left.</summary>
    internal const int MaxAttempts = 3;

    public async Task<TicketDto> Handle(OpenTicketCommand request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var customer = await actor.GetCustomerAsync(cancellationToken);
            // Another customer's order is "not found", never "forbidden": its existence is not revealed.
            var order = await db.Orders.Include(o => o.Lines)
                .SingleOrDefaultAsync(o => o.Id == request.OrderId && o.CustomerId == customer.Id, cancellationToken)
                ?? throw new NotFoundException("Order", request.OrderId);

            var number = await NewNumberAsync(cancellationToken);
            var ticket = Ticket.Open(number, customer, order, request.OrderLineId, request.Quantity, request.Reason,
                request.Description, clock.GetUtcNow().UtcDateTime);
            db.Tickets.Add(ticket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.DiscardChanges();
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("ticket.busy_line", "This order line is being updated; try again.");
            }

            logger.LogInformation("Ticket {TicketNumber} opened by customer {CustomerId}", ticket.Number, customer.Id);
            await assignment.RequestAssignmentAsync(cancellationToken);
            return await db.Tickets.Where(t => t.Id == ticket.Id).FindDetailAsync(db, mapper, cancellationToken)
                ?? throw new NotFoundException("Ticket", ticket.Id);
        }
    }

    private async Task<string> NewNumberAsync(CancellationToken cancellationToken)
    {
        // 40 random bits: a clash with an existing ticket is about one in a million at a million tickets; look
        // before using a number, and the unique index settles the (vanishing) race between two new ones.
        while (true)
        {
            var number = TicketNumber.New();
            if (!await db.Tickets.AnyAsync(t => t.Number == number, cancellationToken))
            {
                return number;
            }
        }
    }
}
