namespace SupportDesk.Application.Assignment.Commands.AssignWaitingTickets;

/// <summary>What one assignment run did: tickets given to agents, and pairs lost to another process.</summary>
public sealed record AssignmentRun(int Assigned, int Conflicts);
