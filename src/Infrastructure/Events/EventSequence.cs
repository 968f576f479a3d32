namespace SupportDesk.Infrastructure.Events;

/// <summary>The last position given to an event. One row, locked by the sequencer for the length of a run, so
/// runs in different processes follow one another and positions never interleave.</summary>
public sealed class EventSequence
{
    public const int SingleRowId = 1;

    public int Id { get; set; }

    public long LastPosition { get; set; }
}
