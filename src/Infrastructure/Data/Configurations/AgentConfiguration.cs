using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("Agents");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FullName).HasMaxLength(Limits.NameLength).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(Limits.EmailLength).IsRequired();
        builder.Property(a => a.UserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Availability).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Status);
        builder.Ignore(a => a.IsRemoved);
        builder.Ignore(a => a.CanTakeTicket);
        builder.HasIndex(a => a.Email).IsUnique();
        builder.HasIndex(a => a.UserId).IsUnique();
        // A ticket is the current ticket of at most one agent (NULLs do not collide).
        builder.HasIndex(a => a.CurrentTicketId).IsUnique();
        // The free-agent lookup of the assignment: available, not removed, no ticket, longest free first.
        builder.HasIndex(a => new { a.Availability, a.RemovedAt, a.AvailableSince });
    }
}
