using System.ComponentModel.DataAnnotations;

namespace SupportDesk.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

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

public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    /// <summary>Empty or absent: no bootstrap manager (an environment variable set to "" means the same).</summary>
    [RegularExpression(@"^$|^[^@\s]+@[^@\s]+$", ErrorMessage = "Bootstrap:ManagerEmail is not an email address.")]
    public string? ManagerEmail { get; set; }

    public string? ManagerPassword { get; set; }
}

public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public bool Demo { get; set; }
}
