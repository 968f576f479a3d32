namespace SupportDesk.AdminPortal.Views.Agents;

public sealed record AgentListFilter
{
    public bool IncludeRemoved { get; init; }

    public string? Q { get; init; }

    public int Page { get; init; } = 1;
}
