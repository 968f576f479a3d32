using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Emails;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        builder.ToTable("OutboundEmails");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Key).HasMaxLength(OutboundEmail.KeyLength).IsRequired();
        builder.Property(e => e.Kind).HasMaxLength(EmailKinds.MaxLength).IsRequired();
        builder.Property(e => e.ToAddress).HasMaxLength(Limits.EmailLength).IsRequired();
        builder.Property(e => e.ToName).HasMaxLength(Limits.NameLength).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(OutboundEmail.SubjectLength).IsRequired();
        builder.Property(e => e.TextBody).IsRequired();
        builder.Property(e => e.HtmlBody).IsRequired();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.LastError).HasMaxLength(OutboundEmail.ErrorLength);
        // A process records a stage only while the lease is still its own.
        builder.Property(e => e.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        // At most one email per event and kind (per confirmation code, ...): written twice, the second is refused.
        builder.HasIndex(e => e.Key).IsUnique();
        // The sender's scan for due emails and for transmissions left behind.
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        // Sign-up emails sent to one address in the last hour (the per-address limit).
        builder.HasIndex(e => new { e.ToAddress, e.CreatedAt });
    }
}
