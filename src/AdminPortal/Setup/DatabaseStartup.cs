using SupportDesk.Infrastructure;

namespace SupportDesk.AdminPortal.Setup;

public static class DatabaseStartup
{
    /// <summary>Runs Infrastructure's initialiser (migrations, roles, bootstrap manager) when
    /// <c>Database:MigrateOnStartup</c> is true; off by default, since the WebApi owns the schema.</summary>
    public static async Task InitialiseDatabaseIfAskedAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStartup", defaultValue: false))
        {
            await app.InitialiseDatabaseAsync();
        }
    }
}
