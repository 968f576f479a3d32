using Microsoft.EntityFrameworkCore.Design;

namespace SupportDesk.Infrastructure.Data;

/// <summary>For <c>dotnet ef migrations add X --context SqliteApplicationDbContext --output-dir Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApplicationDbContext>
{
    public SqliteApplicationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite("Data Source=design.db").Options);
}
