using Microsoft.EntityFrameworkCore.Design;

namespace SupportDesk.Infrastructure.Data;

/// <summary>For <c>dotnet ef migrations add X --context MySqlApplicationDbContext --output-dir Data/Migrations/MySql</c>.</summary>
public sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlApplicationDbContext>
{
    public MySqlApplicationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MySqlApplicationDbContext>()
            .UseMySql("Server=localhost;Database=supportdesk_design", MySqlServer.Version(null))
            .Options);
}
