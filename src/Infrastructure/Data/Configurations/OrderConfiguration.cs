using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Customers;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Number).HasMaxLength(Limits.OrderNumberLength).IsRequired();
        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_lines");
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines", t =>
        {
            // The database, not only the domain, refuses to return more items than the line has.
            t.HasCheckConstraint("CK_OrderLines_ClaimedQuantity", "ClaimedQuantity >= 0 AND ClaimedQuantity <= Quantity");
            t.HasCheckConstraint("CK_OrderLines_Quantity", "Quantity >= 1");
        });
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Sku).HasMaxLength(Limits.SkuLength).IsRequired();
        builder.Property(l => l.ProductName).HasMaxLength(Limits.ProductNameLength).IsRequired();
        builder.Property(l => l.UnitPrice).HasPrecision(18, 2);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.ReturnableQuantity);
        builder.HasIndex(l => new { l.OrderId, l.Sku }).IsUnique();
    }
}
