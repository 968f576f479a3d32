namespace SupportDesk.Infrastructure.Events;

/// <summary>What one sequencer run did: events given a position, and webhook deliveries queued for them.</summary>
public sealed record SequencingRun(int Events, int Deliveries);
