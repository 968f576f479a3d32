using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Webhooks;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.OwnerUserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.Url).HasMaxLength(WebhookSubscription.UrlLength).IsRequired();
        builder.Property(s => s.Events).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(WebhookSubscription.DescriptionLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DisabledReason).HasMaxLength(WebhookSubscription.ReasonLength);
        builder.Property(s => s.StoredSecret).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.PreviousStoredSecret).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.EventTypes);
        builder.Ignore(s => s.IsActive);
        builder.HasIndex(s => new { s.OwnerUserId, s.CreatedAt });
        builder.HasIndex(s => s.Status);
    }
}
