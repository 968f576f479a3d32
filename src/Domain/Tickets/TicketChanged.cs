namespace SupportDesk.Domain.Tickets;

/// <summary>A ticket was opened, assigned, returned to the queue, resolved, reprioritised or missed a service-level
/// target (the line added to its history).</summary>
public sealed record TicketChanged(Guid TicketId, TicketEventType Change) : IDomainEvent
{
    /// <summary>For <see cref="TicketEventType.SlaBreached"/>: which target was missed.</summary>
    public SlaTarget? Target { get; init; }
}
