using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using SupportDesk.Application.Conversation;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Application.Tickets.Queries;

/// <summary>
/// The one place that turns tickets into read models, shared by the ticket queries and by the commands that
/// answer with the ticket they changed. Joins only the columns shown: a projection by hand, because a summary
/// joins four aggregates (docs/decisions/0006-mapping-reads.md).
/// </summary>
public static class TicketReadModel
{
    /// <summary>The one mapping of a ticket to its summary: translated to SQL by <see cref="ToSummaries"/> and
    /// compiled for <see cref="Opened"/>, so the answer to opening a ticket reads as the ticket read back later.</summary>
    private static readonly Expression<Func<TicketRow, TicketSummaryDto>> Summary = row => new TicketSummaryDto
    {
        Id = row.Ticket.Id,
        Number = row.Ticket.Number,
        Status = row.Ticket.Status,
        Priority = row.Ticket.Priority,
        CustomerId = row.Ticket.CustomerId,
        CustomerName = row.Customer.FullName,
        CustomerEmail = row.Customer.Email,
        OrderId = row.Ticket.OrderId,
        OrderNumber = row.Order.Number,
        OrderLineId = row.Ticket.OrderLineId,
        Sku = row.Line.Sku,
        ProductName = row.Line.ProductName,
        Quantity = row.Ticket.Quantity,
        Reason = row.Ticket.Reason,
        AssignedAgentId = row.Ticket.AssignedAgentId,
        AssignedAgentName = row.Agent == null ? null : row.Agent.FullName,
        CreatedAt = row.Ticket.CreatedAt,
        AssignedAt = row.Ticket.AssignedAt,
        ResolvedAt = row.Ticket.ResolvedAt,
        Outcome = row.Ticket.Outcome,
        Description = row.Ticket.Description,
        ResolutionNote = row.Ticket.ResolutionNote,
        MessageCount = row.Ticket.MessageCount,
        LastMessageAt = row.Ticket.LastMessageAt,
    };

    private static readonly Func<TicketRow, TicketSummaryDto> SummaryInMemory = Summary.Compile();

    /// <summary>The tickets' summaries, joining only the rows the summary shows.</summary>
    public static IQueryable<TicketSummaryDto> ToSummaries(this IQueryable<Ticket> tickets, IApplicationDbContext db) =>
        (from t in tickets
         join c in db.Customers on t.CustomerId equals c.Id
         join o in db.Orders on t.OrderId equals o.Id
         join l in db.OrderLines on t.OrderLineId equals l.Id
         join a in db.Agents on t.AssignedAgentId equals a.Id into assigned
         from a in assigned.DefaultIfEmpty()
         select new TicketRow { Ticket = t, Customer = c, Order = o, Line = l, Agent = a })
        .Select(Summary);

    /// <summary>
    /// A ticket just opened, from the objects its use case already holds: the same read model the queries give,
    /// without reading back what was just written (no agent yet, its one Opened event).
    /// </summary>
    public static TicketDto Opened(Ticket ticket, Customer customer, Order order, IReadOnlyCollection<Attachment> attachments,
        IMapper mapper)
    {
        var line = order.Lines.Single(l => l.Id == ticket.OrderLineId);
        return Detail(SummaryInMemory(new TicketRow { Ticket = ticket, Customer = customer, Order = order, Line = line }),
            mapper.Map<List<TicketEventDto>>(ticket.History.OrderBy(e => e.At).ThenBy(e => e.Id)),
            attachments.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(ConversationReadModel.ToDto).ToList());
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
        return Detail(summary, history, await ConversationReadModel.TicketAttachmentsAsync(db, summary.Id, cancellationToken));
    }

    private static TicketDto Detail(TicketSummaryDto summary, List<TicketEventDto> history, List<AttachmentDto> attachments) =>
        new TicketDto(summary) { History = history, Attachments = attachments };

    /// <summary>A ticket with the rows its summary reads from; the agent only once assigned.</summary>
    private sealed class TicketRow
    {
        public required Ticket Ticket { get; init; }

        public required Customer Customer { get; init; }

        public required Order Order { get; init; }

        public required OrderLine Line { get; init; }

        public Agent? Agent { get; init; }
    }
}
