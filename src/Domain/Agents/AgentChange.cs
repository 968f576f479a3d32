namespace SupportDesk.Domain.Agents;

/// <summary>What a manager or the agent changed about an agent.</summary>
public enum AgentChange
{
    Created,
    Updated,
    Removed,
    AvailabilityChanged,
}
