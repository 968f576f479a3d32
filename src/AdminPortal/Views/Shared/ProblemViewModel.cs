namespace SupportDesk.AdminPortal.Views.Shared;

public sealed record ProblemViewModel(int Status, string Title, string Detail, string? RequestId = null);
