namespace SupportDesk.Application.ServiceLevels.Commands.RecordSlaBreaches;

/// <summary>What one breach run did: tickets due, tickets with a breach recorded, and tickets another process changed
/// first.</summary>
public sealed record SlaBreachRun(int Due, int Recorded, int Conflicts);
