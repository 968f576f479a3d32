namespace SupportDesk.Application.Events;

/// <summary>The data of a <c>desk.note_added</c> signal: which ticket gained an internal note, and who holds it; never
/// the note.</summary>
public sealed record DeskNoteSignal(Guid Id, Guid? AssignedAgentId);
