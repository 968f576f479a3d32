using Microsoft.EntityFrameworkCore.Infrastructure;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Emails;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Application.Common.Interfaces;

/// <summary>The unit of work the use cases read and write through. Implemented by the EF Core context in Infrastructure.</summary>
public interface IApplicationDbContext
{
    DbSet<Customer> Customers { get; }

    DbSet<Order> Orders { get; }

    DbSet<OrderLine> OrderLines { get; }

    DbSet<Agent> Agents { get; }

    DbSet<Ticket> Tickets { get; }

    DbSet<TicketEvent> TicketEvents { get; }

    /// <summary>Tickets' conversations and internal notes.</summary>
    DbSet<TicketMessage> TicketMessages { get; }

    /// <summary>What the desk knows of attached files; their bytes are in the <see cref="IAttachmentStore"/>.</summary>
    DbSet<Attachment> Attachments { get; }

    /// <summary>The outbox and the feed: events written with their changes.</summary>
    DbSet<IntegrationEvent> IntegrationEvents { get; }

    DbSet<WebhookSubscription> WebhookSubscriptions { get; }

    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    /// <summary>The email outbox: customer emails written with the change they tell of.</summary>
    DbSet<OutboundEmail> OutboundEmails { get; }

    /// <summary>Sign-up confirmation codes (hashed).</summary>
    DbSet<EmailConfirmation> EmailConfirmations { get; }

    /// <summary>For a use case that writes Identity and domain rows in one transaction.</summary>
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Keeps the connection open until the result is disposed (several reads on one connection); nothing when
    /// it is open already.</summary>
    Task<IAsyncDisposable> KeepConnectionOpenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every tracked change, after a conflicting save, so the use case can reload and retry.</summary>
    void DiscardChanges();
}
