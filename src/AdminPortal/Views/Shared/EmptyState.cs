namespace SupportDesk.AdminPortal.Views.Shared;

public sealed record EmptyState(string Title, string? Text = null);
