namespace SupportDesk.Application.Conversation;

/// <summary>A ticket's messages, oldest first.</summary>
public sealed record MessageList(IReadOnlyList<MessageDto> Items);
