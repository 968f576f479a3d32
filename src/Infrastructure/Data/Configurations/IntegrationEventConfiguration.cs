using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Events;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class IntegrationEventConfiguration : IEntityTypeConfiguration<IntegrationEvent>
{
    public void Configure(EntityTypeBuilder<IntegrationEvent> builder)
    {
        builder.ToTable("IntegrationEvents");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedOnAdd();
        builder.Property(e => e.EventId).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Type).HasMaxLength(EventTypes.MaxLength).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(64);
        // The resource as JSON: a ticket with a long history runs to tens of kilobytes.
        builder.Property(e => e.Data).IsRequired();
        builder.HasIndex(e => e.EventId).IsUnique();
        // The feed reads by position; the sequencer finds the events without one (NULLs do not collide).
        builder.HasIndex(e => e.Position).IsUnique();
        builder.HasIndex(e => new { e.Type, e.Position });
    }
}
