namespace SupportDesk.Domain.Agents;

/// <summary>An agent was created, renamed, removed, or went away or came back.</summary>
public sealed record AgentChanged(Guid AgentId, AgentChange Change) : IDomainEvent;
