using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Customers;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class EmailConfirmationConfiguration : IEntityTypeConfiguration<EmailConfirmation>
{
    public void Configure(EntityTypeBuilder<EmailConfirmation> builder)
    {
        builder.ToTable("EmailConfirmations");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.UserId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.CodeHash).HasMaxLength(64).IsRequired();
        // Two guesses at one code at the same moment: the second save conflicts, so a code confirms once and parallel
        // guesses never exceed the limit.
        builder.Property(c => c.Attempts).IsConcurrencyToken();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.UserId, c.ClosedAt });
    }
}
