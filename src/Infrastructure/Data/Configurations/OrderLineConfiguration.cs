using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Domain.Common;
using SupportDesk.Domain.Orders;

namespace SupportDesk.Infrastructure.Data.Configurations;

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
