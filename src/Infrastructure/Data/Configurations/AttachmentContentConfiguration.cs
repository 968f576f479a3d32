using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.Attachments;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.ToTable("AttachmentContents");
        builder.HasKey(c => c.AttachmentId);
        // LONGBLOB on MySQL (a plain BLOB stops at 64 KB); a row per file, read only when the file is served.
        builder.Property(c => c.Content).IsRequired().HasMaxLength((int)AttachmentRules.MaxBytes);
        builder.HasOne<Attachment>().WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
