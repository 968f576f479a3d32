using SupportDesk.Application.Emails;
using SupportDesk.Application.Events;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Emails;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Data.Interceptors;
using SupportDesk.Infrastructure.Emails;

namespace SupportDesk.Infrastructure.Events;

/// <summary>
/// The outbox. When a save carries entities that raised domain events, the change and the events' rows are
/// written in one transaction (the caller's, or one begun here): first the change, then each event with the
/// resource read back inside that transaction, exactly as committed, and the customer emails the change sends
/// (<see cref="TicketEmails"/>), keyed by their event. Either all are committed or none is, even when the process
/// dies between the writes. Positions are given after the commit, by the sequencer; emails are sent after it too.
/// A ticket opened in the save is the exception to reading back: its use case holds every object of its resource
/// (<see cref="OpenedTicket"/>), so its event and email are built from them (four queries fewer per opened ticket).
/// </summary>
public sealed class OutboxInterceptor(IntegrationEventFactory factory, TicketEmails ticketEmails, EmailDeliveryRequests emails,
    TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ApplicationDbContext db && !db.Outbox.Writing)
        {
            // A save that ended without the outbox hearing of it (EF reports some failures elsewhere) left its state:
            // start clean, so nothing of a refused change is written with this one.
            await AbandonAsync(db);
            db.Outbox.AddingEmails = db.ChangeTracker.AsDetected<OutboundEmail>().Any(e => e.State == EntityState.Added);
            var raising = db.ChangeTracker.AsDetected<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            if (raising.Count > 0)
            {
                db.Outbox.Raising = raising;
                if (db.Database.CurrentTransaction is null)
                {
                    db.Outbox.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    // A failed save rolls this whole transaction back, so EF's savepoint around each save (two more round
                    // trips each, measured at 5 % of the API's CPU when opening tickets) would guard nothing.
                    db.Database.AutoSavepointsEnabled = false;
                }
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ApplicationDbContext db && !db.Outbox.Writing
            && db.ChangeTracker.AsDetected<Entity>().Any(e => e.Entity.DomainEvents.Count > 0))
        {
            // Every use case saves asynchronously; a synchronous save of raised events would lose them.
            throw new InvalidOperationException("Save changes that raise events with SaveChangesAsync.");
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ApplicationDbContext { Outbox.Writing: false } db)
        {
            return result;
        }

        if (db.Outbox.AddingEmails)
        {
            db.Outbox.AddingEmails = false;
            db.Outbox.WroteEmails = true;
        }

        if (db.Outbox.Raising is not { } raising)
        {
            if (db.Outbox.WroteEmails && db.Database.CurrentTransaction is null)
            {
                // Saved and committed in one go (no transaction of the caller's): send now.
                db.Outbox.WroteEmails = false;
                await emails.RequestAsync(CancellationToken.None);
            }

            return result;
        }

        var own = db.Outbox.OwnTransaction;
        db.Outbox.Raising = null;
        db.Outbox.Writing = true;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var entity in raising)
            {
                foreach (var domainEvent in entity.DomainEvents)
                {
                    if (entity is Ticket ticket && domainEvent is TicketChanged { Change: TicketEventType.Opened }
                        && Opened(db, ticket) is { } opened)
                    {
                        var openedRow = factory.Opened(opened, now);
                        db.IntegrationEvents.Add(openedRow);
                        db.Outbox.WroteEmails |= ticketEmails.AddReceived(opened, openedRow, db, now) is not null;
                        continue;
                    }

                    if (await factory.CreateAsync(domainEvent, db, now, cancellationToken) is { } row)
                    {
                        db.IntegrationEvents.Add(row);
                        var email = domainEvent switch
                        {
                            TicketChanged changed => await ticketEmails.AddAsync(changed, row, db, now, cancellationToken),
                            TicketMessageAdded message => await ticketEmails.AddAsync(message, row, db, now, cancellationToken),
                            _ => null,
                        };
                        db.Outbox.WroteEmails |= email is not null;
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            raising.ForEach(e => e.ClearDomainEvents());
            db.Outbox.WroteEvents = true;
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            db.Outbox.Writing = false;
            if (own is not null)
            {
                db.Outbox.OwnTransaction = null;
                db.Database.AutoSavepointsEnabled = true;
                await own.DisposeAsync();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ApplicationDbContext { Outbox.Writing: false } db)
        {
            // The change was refused: nothing of it, and no event, is written. The raised events stay on the
            // entities, for a caller that fixes and saves them again.
            await AbandonAsync(db);
        }
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ApplicationDbContext { Outbox.Writing: false } db)
        {
            await AbandonAsync(db);
        }
    }

    /// <summary>A concurrency conflict is reported here, not to <see cref="SaveChangesFailedAsync"/>.</summary>
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ApplicationDbContext { Outbox.Writing: false } db)
        {
            await AbandonAsync(db);
        }

        return result;
    }

    /// <summary>A ticket opened in this save with its customer, order and files tracked, as the open use case leaves
    /// them; or null (a use case that did not), and then its event reads the ticket back like any other.</summary>
    private static OpenedTicket? Opened(ApplicationDbContext db, Ticket ticket)
    {
        var customer = db.ChangeTracker.AsDetected<Customer>().Select(e => e.Entity).FirstOrDefault(c => c.Id == ticket.CustomerId);
        var order = db.ChangeTracker.AsDetected<Order>().Select(e => e.Entity).FirstOrDefault(o => o.Id == ticket.OrderId);
        if (customer is null || order is null || order.Lines.All(l => l.Id != ticket.OrderLineId))
        {
            return null;
        }

        var files = db.ChangeTracker.AsDetected<Attachment>().Select(e => e.Entity)
            .Where(a => a.TicketId == ticket.Id && a.MessageId == null).ToList();
        return new OpenedTicket(ticket, customer, order, files);
    }

    private static async Task AbandonAsync(ApplicationDbContext db)
    {
        db.Outbox.Raising = null;
        db.Outbox.AddingEmails = false;
        if (db.Outbox.OwnTransaction is { } own)
        {
            db.Outbox.OwnTransaction = null;
            db.Database.AutoSavepointsEnabled = true;
            await own.DisposeAsync();
        }
    }
}
