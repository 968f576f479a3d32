namespace SupportDesk.Domain.Common;

/// <summary>
/// An entity whose rows are updated concurrently (agents, tickets, order lines). <see cref="Version"/> is an
/// optimistic concurrency token: persistence increments it on every update and refuses an update whose version
/// changed in between, so two processes can never both act on the same stale row.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
