namespace SupportDesk.Domain.Agents;

/// <summary>Stable codes of the agent rules, as clients see them in problem responses.</summary>
public static class AgentErrorCodes
{
    public const string Invalid = "agent.invalid";
    public const string Removed = "agent.removed";
    public const string Unavailable = "agent.unavailable";
    public const string Busy = "agent.busy";

    /// <summary>Another agent or account already uses this email.</summary>
    public const string EmailTaken = "agent.email_taken";

    /// <summary>Another request changed the agent between this one's read and its save.</summary>
    public const string Changed = "agent.changed";
}
