namespace SupportDesk.WebApi.Contracts;

/// <summary>A message to the ticket's conversation, or an internal note.</summary>
/// <param name="Body">The text, 1 to 4000 characters.</param>
/// <param name="Internal">True for a note between staff, which the customer never sees (agents and managers; a manager writes only these).</param>
/// <param name="AttachmentIds">Files the author uploaded (to the ticket, or a customer's own uploads) that no message shows yet; at most 10.</param>
[ValidatedAs(typeof(SupportDesk.Application.Conversation.Commands.AddMessage.AddMessageCommand))]
public sealed record AddMessageRequest(string Body, bool Internal = false, IReadOnlyList<Guid>? AttachmentIds = null);
