namespace SupportDesk.Infrastructure.Data;

internal static class SqliteFile
{
    /// <summary>Creates the folder of the database file, so the embedded default works on a fresh clone.</summary>
    public static string Prepare(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        // Wait for the writer's lock instead of failing at once (SQLite allows one writer at a time).
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
