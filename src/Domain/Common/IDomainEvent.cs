namespace SupportDesk.Domain.Common;

/// <summary>Something that happened to an aggregate, raised by the aggregate itself. Persistence turns each one into
/// an event for the shop's systems, written in the same transaction as the change (the outbox).</summary>
public interface IDomainEvent;
