using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Events;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventId).HasMaxLength(40).IsRequired();
        builder.Property(d => d.EventType).HasMaxLength(EventTypes.MaxLength).IsRequired();
        builder.Property(d => d.Subject).HasMaxLength(64);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorLength);
        // A process records its attempt only while the lease is still its own.
        builder.Property(d => d.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IntegrationEvent>().WithMany().HasForeignKey(d => d.EventSequence).OnDelete(DeleteBehavior.Restrict);
        // One delivery of an event to a subscription (a redelivery reuses it).
        builder.HasIndex(d => new { d.SubscriptionId, d.EventSequence }).IsUnique();
        // The worker's scan for due deliveries, and its check that no earlier one of the same subject is pending.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.SubscriptionId, d.Subject, d.Status, d.Position });
        // The log, newest first.
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
    }
}
