using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Tickets;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UploadedBy).HasMaxLength(255).IsRequired();
        builder.Property(a => a.FileName).HasMaxLength(AttachmentRules.FileNameLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(AttachmentRules.ContentTypeLength).IsRequired();
        builder.HasOne<Ticket>().WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TicketMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TicketId, a.MessageId });
        // The clean-up finds old unbound uploads, and a customer's count of them, by these.
        builder.HasIndex(a => new { a.UploadedBy, a.TicketId });
        builder.HasIndex(a => new { a.TicketId, a.CreatedAt });
    }
}
