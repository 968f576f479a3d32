using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.ToTable("TicketMessages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorRole).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.AuthorName).HasMaxLength(Limits.NameLength).IsRequired();
        builder.Property(m => m.AuthorAccountId).HasMaxLength(255).IsRequired();
        builder.Property(m => m.Body).HasMaxLength(TicketMessage.BodyLength).IsRequired();
        builder.HasOne<Ticket>().WithMany().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Restrict);
        // The thread is read per ticket, oldest first.
        builder.HasIndex(m => new { m.TicketId, m.CreatedAt });
    }
}
