namespace SupportDesk.Infrastructure.Data;

internal static class MySqlServer
{
    /// <summary>
    /// The server version the SQL is generated for. Fixed rather than detected, so that a process starts (and
    /// answers 503) while the database is down; MySQL 8.0 SQL also runs on MariaDB 10.6+ for what we use.
    /// </summary>
    public static ServerVersion Version(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? new MySqlServerVersion(new Version(8, 0, 36)) : ServerVersion.Parse(configured);
}
