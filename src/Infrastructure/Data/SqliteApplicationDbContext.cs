namespace SupportDesk.Infrastructure.Data;

public sealed class SqliteApplicationDbContext(DbContextOptions<SqliteApplicationDbContext> options) : ApplicationDbContext(options);
