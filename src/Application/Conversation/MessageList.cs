namespace SupportDesk.Application.Conversation;

/// <summary>A ticket's messages, oldest first.</summary>
/// <param name="Items">The messages (internal notes only for agents and managers), oldest first.</param>
public sealed record MessageList(IReadOnlyList<MessageDto> Items);
