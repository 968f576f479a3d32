using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations (and create roles and the bootstrap manager) when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>MySQL/MariaDB server version the SQL is written for, e.g. <c>8.0.36-mysql</c> or <c>10.11.6-mariadb</c>.</summary>
    [RegularExpression(@"^\d+\.\d+(\.\d+)?-(mysql|mariadb)$")]
    public string? ServerVersion { get; set; }
}
