using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class TicketEventConfiguration : IEntityTypeConfiguration<TicketEvent>
{
    public void Configure(EntityTypeBuilder<TicketEvent> builder)
    {
        builder.ToTable("TicketEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Actor).HasMaxLength(Limits.ActorLength).IsRequired();
        builder.Property(e => e.Detail).HasMaxLength(Limits.EventDetailLength);
        builder.HasIndex(e => new { e.TicketId, e.At });
    }
}
