namespace SupportDesk.Domain.Agents;

/// <summary>What the agent is doing, as people see it.</summary>
public enum AgentStatus
{
    Available,
    Busy,
    Away,
    Removed,
}
