namespace SupportDesk.Domain.Common;

/// <summary>Base of every entity: identity is a sequential (version 7) GUID made in the domain, so an aggregate
/// has its id before it is saved and inserts stay append-only in the clustered index.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
