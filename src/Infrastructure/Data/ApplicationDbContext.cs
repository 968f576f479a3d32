using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Emails;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;
using SupportDesk.Domain.Webhooks;
using SupportDesk.Infrastructure.Events;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.Infrastructure.Data;

/// <summary>
/// Domain tables and Identity tables in one context, so a use case can write an account and its agent or customer
/// in one transaction. Each provider has a subclass of its own, which owns that provider's migrations.
/// </summary>
public abstract class ApplicationDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    public DbSet<Customer> Customers => Set<Customer>();

    public async Task<IAsyncDisposable> KeepConnectionOpenAsync(CancellationToken cancellationToken)
    {
        if (Database.GetDbConnection().State == System.Data.ConnectionState.Open)
        {
            return OpenAlready.Instance;
        }

        await Database.OpenConnectionAsync(cancellationToken);
        return new KeptOpen(this);
    }

    private sealed class OpenAlready : IAsyncDisposable
    {
        public static readonly OpenAlready Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class KeptOpen(ApplicationDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();

    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<IntegrationEvent> IntegrationEvents => Set<IntegrationEvent>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<EmailConfirmation> EmailConfirmations => Set<EmailConfirmation>();

    /// <summary>The sequencer's one row.</summary>
    public DbSet<EventSequence> EventSequence => Set<EventSequence>();

    /// <summary>Keys protecting the portal's cookies and Identity's tokens, shared by every process of the desk.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The outbox's view of the save in progress (<see cref="OutboxInterceptor"/>).</summary>
    internal OutboxState Outbox { get; } = new();

    public void DiscardChanges()
    {
        ChangeTracker.Clear();
        Outbox.Raising = null;
        Outbox.AddingEmails = false;
        if (Outbox.OwnTransaction is { } own)
        {
            Outbox.OwnTransaction = null;
            own.Dispose();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(Entity).IsAssignableFrom(e.ClrType)))
        {
            // Raised events are written by the outbox, not stored on the entity.
            builder.Entity(entity.ClrType).Ignore(nameof(Entity.DomainEvents));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time in the model is UTC; the providers hand DateTime back as Unspecified, so say what it is.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
