namespace SupportDesk.Domain.Agents;

/// <summary>What the agent chose: take new tickets or not.</summary>
public enum AgentAvailability
{
    Available,
    Away,
}
