using AutoMapper;
using AutoMapper.QueryableExtensions;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

/// <summary>
/// The one place that turns tickets into read models, shared by the ticket queries and by the commands that
/// answer with the ticket they changed. Joins only the columns shown.
/// </summary>
public static class TicketReadModel
{
    public static IQueryable<TicketSummaryDto> ToSummaries(this IQueryable<Ticket> tickets, IApplicationDbContext db) =>
        from t in tickets
        join c in db.Customers on t.CustomerId equals c.Id
        join o in db.Orders on t.OrderId equals o.Id
        join l in db.OrderLines on t.OrderLineId equals l.Id
        join a in db.Agents on t.AssignedAgentId equals a.Id into assigned
        from a in assigned.DefaultIfEmpty()
        select new TicketSummaryDto
        {
            Id = t.Id,
            Number = t.Number,
            Status = t.Status,
            CustomerId = t.CustomerId,
            CustomerName = c.FullName,
            CustomerEmail = c.Email,
            OrderId = t.OrderId,
            OrderNumber = o.Number,
            OrderLineId = t.OrderLineId,
            Sku = l.Sku,
            ProductName = l.ProductName,
            Quantity = t.Quantity,
            Reason = t.Reason,
            AssignedAgentId = t.AssignedAgentId,
            AssignedAgentName = a == null ? null : a.FullName,
            CreatedAt = t.CreatedAt,
            AssignedAt = t.AssignedAt,
            ResolvedAt = t.ResolvedAt,
            Outcome = t.Outcome,
            Description = t.Description,
            ResolutionNote = t.ResolutionNote,
        };

    /// <summary>
    /// A ticket just opened, from the objects its use case already holds: the same read model the queries give,
    /// without reading back what was just written (no agent yet, its one Opened event).
    /// </summary>
    public static TicketDto Opened(Ticket ticket, Customer customer, Order order, IMapper mapper)
    {
        var line = order.Lines.Single(l => l.Id == ticket.OrderLineId);
        return new TicketDto(new TicketSummaryDto
        {
            Id = ticket.Id,
            Number = ticket.Number,
            Status = ticket.Status,
            CustomerId = customer.Id,
            CustomerName = customer.FullName,
            CustomerEmail = customer.Email,
            OrderId = order.Id,
            OrderNumber = order.Number,
            OrderLineId = line.Id,
            Sku = line.Sku,
            ProductName = line.ProductName,
            Quantity = ticket.Quantity,
            Reason = ticket.Reason,
            CreatedAt = ticket.CreatedAt,
            Description = ticket.Description,
        })
        {
            History = mapper.Map<List<TicketEventDto>>(ticket.History.OrderBy(e => e.At).ThenBy(e => e.Id)),
        };
    }

    /// <summary>The ticket with history, or null when it is not among <paramref name="tickets"/>.</summary>
    public static async Task<TicketDto?> FindDetailAsync(this IQueryable<Ticket> tickets, IApplicationDbContext db,
        IMapper mapper, CancellationToken cancellationToken)
    {
        var summary = await tickets.AsNoTracking().ToSummaries(db).SingleOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var history = await db.TicketEvents.AsNoTracking()
            .Where(e => e.TicketId == summary.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ProjectTo<TicketEventDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return new TicketDto(summary) { History = history };
    }
}
