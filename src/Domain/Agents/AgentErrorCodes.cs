namespace SupportDesk.Domain.Agents;

public static class AgentErrorCodes
{
    public const string Invalid = "agent.invalid";
    public const string Removed = "agent.removed";
    public const string Unavailable = "agent.unavailable";
    public const string Busy = "agent.busy";
}
