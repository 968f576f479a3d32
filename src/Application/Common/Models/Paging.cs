namespace SupportDesk.Application.Common.Models;

public static class Paging
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
}
