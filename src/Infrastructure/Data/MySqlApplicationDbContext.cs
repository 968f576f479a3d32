namespace SupportDesk.Infrastructure.Data;

public sealed class MySqlApplicationDbContext(DbContextOptions<MySqlApplicationDbContext> options) : ApplicationDbContext(options);
