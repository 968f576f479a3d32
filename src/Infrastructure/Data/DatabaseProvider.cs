namespace SupportDesk.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}
