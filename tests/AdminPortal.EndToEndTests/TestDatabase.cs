namespace SupportDesk.AdminPortal.EndToEndTests;

/// <summary>The database of this suite on the <see cref="TestMySqlServer"/>, made anew for each run.</summary>
public static class TestDatabase
{
    public const string Name = "supportdesk_portal_tests";

    public static string ConnectionString { get; } = TestMySqlServer.ConnectionStringFor(Name);

    public static string ConnectionStringFor(string database) => TestMySqlServer.ConnectionStringFor(database);

    public static Task RecreateAsync(string database = Name) => TestMySqlServer.RecreateDatabaseAsync(database);
}
