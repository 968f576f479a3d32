namespace SupportDesk.Application.Dashboard.Queries.GetDashboard;

public sealed record DailyTicketCountDto(DateOnly Day, int Opened, int Resolved);
