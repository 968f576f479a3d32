using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Agents;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("Tickets", t =>
        {
            // The holder column is filled exactly while the ticket is in progress.
            t.HasCheckConstraint("CK_Tickets_Holder",
                "(Status = 'InProgress' AND HolderAgentId IS NOT NULL) OR (Status <> 'InProgress' AND HolderAgentId IS NULL)");
            t.HasCheckConstraint("CK_Tickets_Quantity", "Quantity >= 1");
        });
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Number).HasMaxLength(Limits.TicketNumberLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(Limits.DescriptionLength).IsRequired();
        builder.Property(t => t.ResolutionNote).HasMaxLength(Limits.ResolutionNoteLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        // Tickets from before priorities existed became Normal (the TicketPriority migration's default value).
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasIndex(t => t.Number).IsUnique();
        // An agent holds at most one ticket in progress, whatever the processes writing at once: the database
        // refuses a second row with the same holder (NULLs, the tickets not in progress, do not collide).
        builder.HasIndex(t => t.HolderAgentId).IsUnique();
        // One index behind each filter and order of the queries; the queue reads the open tickets of each priority
        // oldest first (Status, Priority, CreatedAt); the lists filter by status alone, oldest first.
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
        builder.HasIndex(t => new { t.Status, t.Priority, t.CreatedAt });
        builder.HasIndex(t => new { t.CustomerId, t.CreatedAt });
        builder.HasIndex(t => new { t.AssignedAgentId, t.CreatedAt });
        builder.HasIndex(t => t.CreatedAt);
        // The breach job reads only the tickets whose next due time has come (a null is a settled ticket).
        // "Breached now" is BreachedAt set or SlaCheckAt passed: two index ranges the database unites.
        builder.HasIndex(t => t.SlaCheckAt);
        builder.HasIndex(t => t.BreachedAt);

        builder.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.OrderLine).WithMany().HasForeignKey(t => t.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agent>().WithMany().HasForeignKey(t => t.AssignedAgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agent>().WithMany().HasForeignKey(t => t.HolderAgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.History).WithOne().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
    }
}
