using SupportDesk.Application.Conversation;

namespace SupportDesk.AdminPortal.Views.Shared;

/// <summary>A ticket's conversation as the staff read it: its files and every message, internal notes included.</summary>
public sealed record ThreadViewModel(Guid TicketId, IReadOnlyList<AttachmentDto> TicketFiles, IReadOnlyList<MessageDto> Messages)
{
    /// <summary>No ticket: the desk's thread region shows nothing.</summary>
    public static readonly ThreadViewModel None = new(Guid.Empty, [], []);

    /// <summary>Changes when the thread must be redrawn: another ticket, a new message or file.</summary>
    public string LiveKey => $"thread-{TicketId}-{Messages.Count}-{TicketFiles.Count}";
}
