namespace SupportDesk.Domain.Common;

/// <summary>Base of every entity: identity is a sequential (version 7) GUID made in the domain, so an aggregate
/// has its id before it is saved and inserts stay append-only in the clustered index. An entity also keeps the
/// domain events it raised until persistence has written them with the change.</summary>
public abstract class Entity
{
    private List<IDomainEvent>? _domainEvents;

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>What happened to this entity since it was loaded, oldest first; not stored as such.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents is null ? [] : _domainEvents.AsReadOnly();

    /// <summary>Called by persistence once the events are written with the change they describe.</summary>
    public void ClearDomainEvents() => _domainEvents?.Clear();

    protected void Raise(IDomainEvent domainEvent) => (_domainEvents ??= []).Add(domainEvent);
}
