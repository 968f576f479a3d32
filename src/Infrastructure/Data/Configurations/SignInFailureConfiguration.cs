using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Infrastructure.Identity;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    /// <summary>Long enough for an IPv6 address with a zone.</summary>
    public const int AddressLength = 64;

    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("SignInFailures");
        builder.Property(f => f.AccountKey).HasMaxLength(64).IsRequired();
        builder.Property(f => f.ClientAddress).HasMaxLength(AddressLength).IsRequired();
        // One index per count the throttle makes, and one for sweeping the expired.
        builder.HasIndex(f => new { f.ClientAddress, f.AccountKey, f.FailedAt });
        builder.HasIndex(f => new { f.ClientAddress, f.FailedAt });
        builder.HasIndex(f => new { f.AccountKey, f.FailedAt });
        builder.HasIndex(f => f.FailedAt);
    }
}
