namespace SupportDesk.Domain.Agents;

/// <summary>What the agent chose: take new tickets or not.</summary>
public enum AgentAvailability
{
    Available,
    Away,
}

/// <summary>What the agent is doing, as people see it.</summary>
public enum AgentStatus
{
    Available,
    Busy,
    Away,
    Removed,
}

public static class AgentErrorCodes
{
    public const string Invalid = "agent.invalid";
    public const string Removed = "agent.removed";
    public const string Unavailable = "agent.unavailable";
    public const string Busy = "agent.busy";
}
