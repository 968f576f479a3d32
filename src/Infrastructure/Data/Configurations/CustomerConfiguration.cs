using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FullName).HasMaxLength(Limits.NameLength).IsRequired();
        builder.Property(c => c.Email).HasMaxLength(Limits.EmailLength).IsRequired();
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.HasIndex(c => c.Email).IsUnique();
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasIndex(c => c.FullName);
    }
}
